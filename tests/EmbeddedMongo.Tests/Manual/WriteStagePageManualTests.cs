using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's $merge and $out pages: each case runs the page's aggregation and then
/// reads the output collection back. Output collections stay in the test's own database (the page writes to
/// a 'reporting' database), and the generated _id values are left out of the read-back.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class WriteStagePageManualTests(MongoTarget target)
{
    private const string Salaries2019 = "{_id: 1, employee: 'Ant', dept: 'A', salary: 100000, fiscal_year: 2017}, {_id: 2, employee: 'Bee', dept: 'A', salary: 120000, fiscal_year: 2017}, {_id: 3, employee: 'Cat', dept: 'Z', salary: 115000, fiscal_year: 2017}, {_id: 4, employee: 'Ant', dept: 'A', salary: 115000, fiscal_year: 2018}, {_id: 5, employee: 'Bee', dept: 'Z', salary: 145000, fiscal_year: 2018}, {_id: 6, employee: 'Cat', dept: 'Z', salary: 135000, fiscal_year: 2018}, {_id: 7, employee: 'Gecko', dept: 'A', salary: 100000, fiscal_year: 2018}, {_id: 8, employee: 'Ant', dept: 'A', salary: 125000, fiscal_year: 2019}, {_id: 9, employee: 'Bee', dept: 'Z', salary: 160000, fiscal_year: 2019}, {_id: 10, employee: 'Cat', dept: 'Z', salary: 150000, fiscal_year: 2019}";

    private const string NewSalaries = "{_id: 11, employee: 'Wren', dept: 'Z', salary: 100000, fiscal_year: 2019}, {_id: 12, employee: 'Zebra', dept: 'A', salary: 150000, fiscal_year: 2019}, {_id: 13, employee: 'headcount1', dept: 'Z', salary: 120000, fiscal_year: 2020}, {_id: 14, employee: 'headcount2', dept: 'Z', salary: 120000, fiscal_year: 2020}";

    private const string Budgets = "{_id: {fiscal_year: 2017, dept: 'A'}, salaries: 220000}, {_id: {fiscal_year: 2017, dept: 'Z'}, salaries: 115000}, {_id: {fiscal_year: 2018, dept: 'A'}, salaries: 215000}, {_id: {fiscal_year: 2018, dept: 'Z'}, salaries: 280000}";

    private const string OrgArchive = "{_id: ObjectId('5cd8c68261baa09e9f3622be'), employees: ['Ant', 'Gecko'], dept: 'A', fiscal_year: 2018}, {_id: ObjectId('5cd8c68261baa09e9f3622bf'), employees: ['Ant', 'Bee'], dept: 'A', fiscal_year: 2017}, {_id: ObjectId('5cd8c68261baa09e9f3622c0'), employees: ['Bee', 'Cat'], dept: 'Z', fiscal_year: 2018}, {_id: ObjectId('5cd8c68261baa09e9f3622c1'), employees: ['Cat'], dept: 'Z', fiscal_year: 2017}";

    private const string OrdersAndSales = "{purchaseorders: [{_id: 1, quarter: '2019Q1', region: 'A', qty: 200, reportDate: ISODate('2019-04-01')}, {_id: 2, quarter: '2019Q1', region: 'B', qty: 300, reportDate: ISODate('2019-04-01')}, {_id: 3, quarter: '2019Q1', region: 'C', qty: 700, reportDate: ISODate('2019-04-01')}, {_id: 4, quarter: '2019Q2', region: 'B', qty: 300, reportDate: ISODate('2019-07-01')}, {_id: 5, quarter: '2019Q2', region: 'C', qty: 1000, reportDate: ISODate('2019-07-01')}, {_id: 6, quarter: '2019Q2', region: 'A', qty: 400, reportDate: ISODate('2019-07-01')}], reportedsales: [{_id: 1, quarter: '2019Q1', region: 'A', qty: 400, reportDate: ISODate('2019-04-02')}, {_id: 2, quarter: '2019Q1', region: 'B', qty: 550, reportDate: ISODate('2019-04-02')}, {_id: 3, quarter: '2019Q1', region: 'C', qty: 1000, reportDate: ISODate('2019-04-05')}, {_id: 4, quarter: '2019Q2', region: 'B', qty: 500, reportDate: ISODate('2019-07-02')}]}";

    private const string CakeSales = "{c: [{_id: 1, flavor: 'chocolate', salesTotal: 1580, salesTrend: 'up'}]}";

    private const string CakeWithYear = "[{_id: 1, flavor: 'chocolate', salesTotal: 1580, salesTrend: 'up', salesYear: '2020'}]";

    private const string Books = "{c: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}, {_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$merge: on-demand materialized view, initial creation"] = new("{salaries: [" + Salaries2019 + "]}",
            "[{aggregate: 'salaries', pipeline: [{$group: {_id: {fiscal_year: '$fiscal_year', dept: '$dept'}, salaries: {$sum: '$salary'}}}, {$merge: {into: 'budgets', on: '_id', whenMatched: 'replace', whenNotMatched: 'insert'}}]}, {find: 'budgets', sort: {_id: 1}}]",
            "[" + Budgets + ", {_id: {fiscal_year: 2019, dept: 'A'}, salaries: 125000}, {_id: {fiscal_year: 2019, dept: 'Z'}, salaries: 310000}]"),
        ["$merge: on-demand materialized view, update and replace"] = new("{salaries: [" + Salaries2019 + ", " + NewSalaries + "], budgets: [" + Budgets + ", {_id: {fiscal_year: 2019, dept: 'A'}, salaries: 125000}, {_id: {fiscal_year: 2019, dept: 'Z'}, salaries: 310000}]}",
            "[{aggregate: 'salaries', pipeline: [{$match: {fiscal_year: {$gte: 2019}}}, {$group: {_id: {fiscal_year: '$fiscal_year', dept: '$dept'}, salaries: {$sum: '$salary'}}}, {$merge: {into: 'budgets', on: '_id', whenMatched: 'replace', whenNotMatched: 'insert'}}]}, {find: 'budgets', sort: {_id: 1}}]",
            "[" + Budgets + ", {_id: {fiscal_year: 2019, dept: 'A'}, salaries: 275000}, {_id: {fiscal_year: 2019, dept: 'Z'}, salaries: 410000}, {_id: {fiscal_year: 2020, dept: 'Z'}, salaries: 240000}]"),

        // The page's output renames the employees (Ahn, Bess, Carl...); the documents are the page's own ones.
        ["$merge: only insert new data"] = new("{salaries: [" + Salaries2019 + ", " + NewSalaries + "], orgArchive: [" + OrgArchive + "]}",
            "[{createIndexes: 'orgArchive', indexes: [{key: {fiscal_year: 1, dept: 1}, name: 'fiscal_year_1_dept_1', unique: true}]}, {aggregate: 'salaries', pipeline: [{$match: {fiscal_year: 2019}}, {$group: {_id: {fiscal_year: '$fiscal_year', dept: '$dept'}, employees: {$push: '$employee'}}}, {$project: {_id: 0, dept: '$_id.dept', fiscal_year: '$_id.fiscal_year', employees: 1}}, {$merge: {into: 'orgArchive', on: ['dept', 'fiscal_year'], whenMatched: 'fail'}}]}, {find: 'orgArchive', sort: {dept: 1, fiscal_year: 1}, projection: {_id: 0}}]",
            "[{employees: ['Ant', 'Bee'], dept: 'A', fiscal_year: 2017}, {employees: ['Ant', 'Gecko'], dept: 'A', fiscal_year: 2018}, {employees: ['Ant', 'Zebra'], dept: 'A', fiscal_year: 2019}, {employees: ['Cat'], dept: 'Z', fiscal_year: 2017}, {employees: ['Bee', 'Cat'], dept: 'Z', fiscal_year: 2018}, {employees: ['Bee', 'Cat', 'Wren'], dept: 'Z', fiscal_year: 2019}]"),
        ["$merge: whenMatched fail on an existing document is a duplicate key error"] = new("{salaries: [" + Salaries2019 + ", " + NewSalaries + "], orgArchive: [" + OrgArchive + ", {_id: 1, employees: ['Ant'], dept: 'A', fiscal_year: 2019}]}",
            "[{createIndexes: 'orgArchive', indexes: [{key: {fiscal_year: 1, dept: 1}, name: 'fiscal_year_1_dept_1', unique: true}]}, {aggregate: 'salaries', pipeline: [{$match: {fiscal_year: 2019}}, {$group: {_id: {fiscal_year: '$fiscal_year', dept: '$dept'}, employees: {$push: '$employee'}}}, {$project: {_id: 0, dept: '$_id.dept', fiscal_year: '$_id.fiscal_year', employees: 1}}, {$merge: {into: 'orgArchive', on: ['dept', 'fiscal_year'], whenMatched: 'fail'}}]}]",
            "error 11000"),

        // The page prints {sales: 1200, purchased: 1200} after the first run, where only 'purchased' can exist yet.
        ["$merge: results from multiple collections, first run"] = new(OrdersAndSales,
            "[{aggregate: 'purchaseorders', pipeline: [{$group: {_id: '$quarter', purchased: {$sum: '$qty'}}}, {$merge: {into: 'quarterlyreport', on: '_id', whenMatched: 'merge', whenNotMatched: 'insert'}}]}, {find: 'quarterlyreport', sort: {_id: 1}}]",
            "[{_id: '2019Q1', purchased: 1200}, {_id: '2019Q2', purchased: 1700}]"),
        ["$merge: results from multiple collections"] = new(OrdersAndSales,
            "[{aggregate: 'purchaseorders', pipeline: [{$group: {_id: '$quarter', purchased: {$sum: '$qty'}}}, {$merge: {into: 'quarterlyreport', on: '_id', whenMatched: 'merge', whenNotMatched: 'insert'}}]}, {aggregate: 'reportedsales', pipeline: [{$group: {_id: '$quarter', sales: {$sum: '$qty'}}}, {$merge: {into: 'quarterlyreport', on: '_id', whenMatched: 'merge', whenNotMatched: 'insert'}}]}, {find: 'quarterlyreport', sort: {_id: 1}}]",
            "[{_id: '2019Q1', purchased: 1200, sales: 1950}, {_id: '2019Q2', purchased: 1700, sales: 500}]"),
        ["$merge: pipeline to customize the merge"] = new("{votes: [{_id: 1, date: ISODate('2019-05-01'), thumbsup: 1, thumbsdown: 1}, {_id: 2, date: ISODate('2019-05-02'), thumbsup: 3, thumbsdown: 1}, {_id: 3, date: ISODate('2019-05-03'), thumbsup: 1, thumbsdown: 1}, {_id: 4, date: ISODate('2019-05-04'), thumbsup: 2, thumbsdown: 2}, {_id: 5, date: ISODate('2019-05-05'), thumbsup: 6, thumbsdown: 10}, {_id: 6, date: ISODate('2019-05-06'), thumbsup: 13, thumbsdown: 16}, {_id: 7, date: ISODate('2019-05-07'), thumbsup: 14, thumbsdown: 10}], monthlytotals: [{_id: '2019-05', thumbsup: 26, thumbsdown: 31}]}",
            "[{aggregate: 'votes', pipeline: [{$match: {date: {$gte: ISODate('2019-05-07'), $lt: ISODate('2019-05-08')}}}, {$project: {_id: {$dateToString: {format: '%Y-%m', date: '$date'}}, thumbsup: 1, thumbsdown: 1}}, {$merge: {into: 'monthlytotals', on: '_id', whenMatched: [{$addFields: {thumbsup: {$add: ['$thumbsup', '$$new.thumbsup']}, thumbsdown: {$add: ['$thumbsdown', '$$new.thumbsdown']}}}], whenNotMatched: 'insert'}}]}, {find: 'monthlytotals'}]",
            "[{_id: '2019-05', thumbsup: 40, thumbsdown: 41}]"),
        ["$merge: the project stage of the custom merge"] = new("{votes: [{_id: 7, date: ISODate('2019-05-07'), thumbsup: 14, thumbsdown: 10}]}",
            "[{aggregate: 'votes', pipeline: [{$match: {date: {$gte: ISODate('2019-05-07'), $lt: ISODate('2019-05-08')}}}, {$project: {_id: {$dateToString: {format: '%Y-%m', date: '$date'}}, thumbsup: 1, thumbsdown: 1}}]}]",
            "[{thumbsup: 14, thumbsdown: 10, _id: '2019-05'}]"),
        ["$merge: variables defined in the merge stage"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'c', let: {year: '2020'}, whenMatched: [{$addFields: {salesYear: '$$year'}}]}}], cursor: {}}, {find: 'c'}]",
            CakeWithYear),
        ["$merge: variables defined in the aggregate command"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'c', whenMatched: [{$addFields: {salesYear: '$$year'}}]}}], cursor: {}, let: {year: '2020'}}, {find: 'c'}]",
            CakeWithYear),
        ["$merge: the stage variable wins over the command variable"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'c', let: {year: '2020'}, whenMatched: [{$addFields: {salesYear: '$$year'}}]}}], cursor: {}, let: {year: '2019'}}, {find: 'c'}]",
            CakeWithYear),
        ["$merge: whenMatched merge adds and replaces fields"] = new("{c: [{_id: 1, b: 5, z: 1}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'merge'}}]}, {find: 'out'}]",
            "[{_id: 1, a: 1, b: 5, z: 1}]"),
        ["$merge: whenMatched replace"] = new("{c: [{_id: 1, b: 5, z: 1}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'replace'}}]}, {find: 'out'}]",
            "[{_id: 1, b: 5, z: 1}]"),
        ["$merge: whenMatched keepExisting"] = new("{c: [{_id: 1, b: 5, z: 1}, {_id: 2, b: 2}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'keepExisting'}}]}, {find: 'out', sort: {_id: 1}}]",
            "[{_id: 1, a: 1, b: 1}, {_id: 2, b: 2}]"),
        ["$merge: whenMatched fail"] = new("{c: [{_id: 1, b: 5, z: 1}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'fail'}}]}]",
            "error 11000"),
        ["$merge: whenNotMatched discard"] = new("{c: [{_id: 1, b: 5}, {_id: 2, b: 2}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'merge', whenNotMatched: 'discard'}}]}, {find: 'out', sort: {_id: 1}}]",
            "[{_id: 1, a: 1, b: 5}]"),
        ["$merge: whenNotMatched fail"] = new("{c: [{_id: 1, b: 5}, {_id: 2, b: 2}], out: [{_id: 1, a: 1, b: 1}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', whenMatched: 'merge', whenNotMatched: 'fail'}}]}]",
            "error 13113"),
        ["$merge: generates a missing _id"] = new("{c: [{_id: 1, item: 'a'}, {_id: 2, item: 'b'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0}}, {$merge: {into: 'newCollection'}}]}, {aggregate: 'newCollection', pipeline: [{$project: {_id: 0, item: 1, idType: {$type: '$_id'}}}, {$sort: {item: 1}}]}]",
            "[{item: 'a', idType: 'objectId'}, {item: 'b', idType: 'objectId'}]"),
        ["$merge: a different on field for a new collection"] = new("{c: [{_id: 1, date: ISODate('2019-05-01T08:00:00Z'), quantity: 2}, {_id: 2, date: ISODate('2019-05-01T10:00:00Z'), quantity: 3}, {_id: 3, date: ISODate('2019-05-02T09:00:00Z'), quantity: 5}, {_id: 4, date: ISODate('2019-06-01T09:00:00Z'), quantity: 7}]}",
            "[{createIndexes: 'newDailySales201905', indexes: [{key: {salesDate: 1}, name: 'salesDate_1', unique: true}]}, {aggregate: 'c', pipeline: [{$match: {date: {$gte: ISODate('2019-05-01'), $lt: ISODate('2019-06-01')}}}, {$group: {_id: {$dateToString: {format: '%Y-%m-%d', date: '$date'}}, totalqty: {$sum: '$quantity'}}}, {$project: {_id: 0, salesDate: {$toDate: '$_id'}, totalqty: 1}}, {$merge: {into: 'newDailySales201905', on: 'salesDate'}}]}, {find: 'newDailySales201905', sort: {salesDate: 1}, projection: {_id: 0}}]",
            "[{totalqty: 5, salesDate: ISODate('2019-05-01')}, {totalqty: 5, salesDate: ISODate('2019-05-02')}]"),
        ["$merge: on fields need a unique index"] = new("{c: [{_id: 1, salesDate: 1}], out: [{_id: 2, salesDate: 2}]}",
            "[{aggregate: 'c', pipeline: [{$merge: {into: 'out', on: 'salesDate'}}]}]",
            "error 51183"),
        ["$out: group books by author"] = new(Books,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$author', books: {$push: '$title'}}}, {$out: 'authors'}]}, {find: 'authors', sort: {_id: 1}}]",
            "[{_id: 'Dante', books: ['The Banquet', 'Divine Comedy', 'Eclogues']}, {_id: 'Homer', books: ['The Odyssey', 'Iliad']}]"),
        ["$out: the document form needs the database"] = new(Books,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$author', books: {$push: '$title'}}}, {$out: {coll: 'authors'}}]}]",
            "error 40414"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
