using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's $match, $sort, $group, $unwind, $unionWith and $fill pages, beyond
/// <see cref="StageManualTests"/>. Where the page leaves the order open, the pipeline ends with a $sort.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class BasicStagePageManualTests(MongoTarget target)
{
    private const string Articles = "{c: [{_id: 1, author: 'dave', score: 80, views: 100}, {_id: 2, author: 'dave', score: 85, views: 521}, {_id: 3, author: 'ahn', score: 60, views: 1000}, {_id: 4, author: 'li', score: 55, views: 5000}, {_id: 5, author: 'annT', score: 60, views: 50}, {_id: 6, author: 'li', score: 94, views: 999}, {_id: 7, author: 'ty', score: 95, views: 1000}]}";

    private const string Restaurants = "{c: [{_id: 1, name: 'Central Park Cafe', borough: 'Manhattan'}, {_id: 2, name: 'Rock A Feller Bar and Grill', borough: 'Queens'}, {_id: 3, name: 'Empire State Pub', borough: 'Brooklyn'}, {_id: 4, name: \"Stan's Pizzaria\", borough: 'Manhattan'}, {_id: 5, name: \"Jane's Deli\", borough: 'Brooklyn'}]}";

    private const string Shoes = "{c: [{_id: 'A', sizes: [7, 11]}, {_id: 'B', sizes: [8, 9, 10]}]}";

    private const string GroupSales = "{c: [{_id: 1, item: 'abc', price: NumberDecimal('10'), quantity: 2, date: ISODate('2014-03-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: NumberDecimal('20'), quantity: 1, date: ISODate('2014-03-01T09:00:00Z')}, {_id: 3, item: 'xyz', price: NumberDecimal('5'), quantity: 10, date: ISODate('2014-03-15T09:00:00Z')}, {_id: 4, item: 'xyz', price: NumberDecimal('5'), quantity: 20, date: ISODate('2014-04-04T11:21:39.736Z')}, {_id: 5, item: 'abc', price: NumberDecimal('10'), quantity: 10, date: ISODate('2014-04-04T21:23:13.331Z')}, {_id: 6, item: 'def', price: NumberDecimal('7.5'), quantity: 5, date: ISODate('2015-06-04T05:08:13Z')}, {_id: 7, item: 'def', price: NumberDecimal('7.5'), quantity: 10, date: ISODate('2015-09-10T08:43:00Z')}, {_id: 8, item: 'abc', price: NumberDecimal('10'), quantity: 5, date: ISODate('2016-02-06T20:20:13Z')}]}";

    private const string Books = "{c: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}, {_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}]}";

    private const string Clothing = "{c: [{_id: 1, item: 'Shirt', sizes: ['S', 'M', 'L']}, {_id: 2, item: 'Shorts', sizes: []}, {_id: 3, item: 'Hat', sizes: 'M'}, {_id: 4, item: 'Gloves'}, {_id: 5, item: 'Scarf', sizes: null}]}";

    private const string YearlySales = "{sales_2017: [{store: 'General Store', item: 'Chocolates', quantity: 150}, {store: 'ShopMart', item: 'Chocolates', quantity: 50}, {store: 'General Store', item: 'Cookies', quantity: 100}, {store: 'ShopMart', item: 'Cookies', quantity: 120}, {store: 'General Store', item: 'Pie', quantity: 10}, {store: 'ShopMart', item: 'Pie', quantity: 5}], sales_2018: [{store: 'General Store', item: 'Cheese', quantity: 30}, {store: 'ShopMart', item: 'Cheese', quantity: 50}, {store: 'General Store', item: 'Chocolates', quantity: 125}, {store: 'ShopMart', item: 'Chocolates', quantity: 150}, {store: 'General Store', item: 'Cookies', quantity: 200}, {store: 'ShopMart', item: 'Cookies', quantity: 100}, {store: 'ShopMart', item: 'Nuts', quantity: 100}, {store: 'General Store', item: 'Pie', quantity: 30}, {store: 'ShopMart', item: 'Pie', quantity: 25}], sales_2019: [{store: 'General Store', item: 'Cheese', quantity: 50}, {store: 'ShopMart', item: 'Cheese', quantity: 20}, {store: 'General Store', item: 'Chocolates', quantity: 125}, {store: 'ShopMart', item: 'Chocolates', quantity: 150}, {store: 'General Store', item: 'Cookies', quantity: 200}, {store: 'ShopMart', item: 'Cookies', quantity: 100}, {store: 'General Store', item: 'Nuts', quantity: 80}, {store: 'ShopMart', item: 'Nuts', quantity: 30}, {store: 'General Store', item: 'Pie', quantity: 50}, {store: 'ShopMart', item: 'Pie', quantity: 75}], sales_2020: [{store: 'General Store', item: 'Cheese', quantity: 100}, {store: 'ShopMart', item: 'Cheese', quantity: 100}, {store: 'General Store', item: 'Chocolates', quantity: 200}, {store: 'ShopMart', item: 'Chocolates', quantity: 300}, {store: 'General Store', item: 'Cookies', quantity: 500}, {store: 'ShopMart', item: 'Cookies', quantity: 400}, {store: 'General Store', item: 'Nuts', quantity: 100}, {store: 'ShopMart', item: 'Nuts', quantity: 200}, {store: 'General Store', item: 'Pie', quantity: 100}, {store: 'ShopMart', item: 'Pie', quantity: 100}]}";

    private static readonly string YearlyReport = "[" + string.Join(", ", new[]
    {
        "2017|General Store|Chocolates|150", "2017|General Store|Cookies|100", "2017|General Store|Pie|10", "2017|ShopMart|Chocolates|50", "2017|ShopMart|Cookies|120", "2017|ShopMart|Pie|5",
        "2018|General Store|Cheese|30", "2018|General Store|Chocolates|125", "2018|General Store|Cookies|200", "2018|General Store|Pie|30", "2018|ShopMart|Cheese|50", "2018|ShopMart|Chocolates|150", "2018|ShopMart|Cookies|100", "2018|ShopMart|Nuts|100", "2018|ShopMart|Pie|25",
        "2019|General Store|Cheese|50", "2019|General Store|Chocolates|125", "2019|General Store|Cookies|200", "2019|General Store|Nuts|80", "2019|General Store|Pie|50", "2019|ShopMart|Cheese|20", "2019|ShopMart|Chocolates|150", "2019|ShopMart|Cookies|100", "2019|ShopMart|Nuts|30", "2019|ShopMart|Pie|75",
        "2020|General Store|Cheese|100", "2020|General Store|Chocolates|200", "2020|General Store|Cookies|500", "2020|General Store|Nuts|100", "2020|General Store|Pie|100", "2020|ShopMart|Cheese|100", "2020|ShopMart|Chocolates|300", "2020|ShopMart|Cookies|400", "2020|ShopMart|Nuts|200", "2020|ShopMart|Pie|100",
    }.Select(row => row.Split('|')).Select(r => $"{{_id: '{r[0]}', store: '{r[1]}', item: '{r[2]}', quantity: {r[3]}}}")) + "]";

    private const string Stock = "{c: [{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z')}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z')}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z')}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$match: equality match"] = new(Articles,
            "[{aggregate: 'c', pipeline: [{$match: {author: 'dave'}}]}]",
            "[{_id: 1, author: 'dave', score: 80, views: 100}, {_id: 2, author: 'dave', score: 85, views: 521}]"),
        ["$match: perform a count"] = new(Articles,
            "[{aggregate: 'c', pipeline: [{$match: {$or: [{score: {$gt: 70, $lt: 90}}, {views: {$gte: 1000}}]}}, {$group: {_id: null, count: {$sum: 1}}}]}]",
            "[{_id: null, count: 5}]"),
        ["$match: array elements"] = new("{}",
            "[{aggregate: 1, pipeline: [{$documents: [{student_id: 1, scores: [0.75, 0.65, 0.73]}, {student_id: 2, scores: [0.9, 0.88, 0.98]}, {student_id: 3, scores: [0.9, 0.84, 0.93]}]}, {$match: {scores: {$elemMatch: {$gte: 0.9}}}}]}]",
            "[{student_id: 2, scores: [0.9, 0.88, 0.98]}, {student_id: 3, scores: [0.9, 0.84, 0.93]}]"),
        ["$sort: consistent sort with _id"] = new(Restaurants,
            "[{aggregate: 'c', pipeline: [{$sort: {borough: 1, _id: 1}}]}]",
            "[{_id: 3, name: 'Empire State Pub', borough: 'Brooklyn'}, {_id: 5, name: \"Jane's Deli\", borough: 'Brooklyn'}, {_id: 1, name: 'Central Park Cafe', borough: 'Manhattan'}, {_id: 4, name: \"Stan's Pizzaria\", borough: 'Manhattan'}, {_id: 2, name: 'Rock A Feller Bar and Grill', borough: 'Queens'}]"),
        ["$sort: ascending by an array field"] = new(Shoes,
            "[{aggregate: 'c', pipeline: [{$sort: {sizes: 1}}]}]",
            "[{_id: 'A', sizes: [7, 11]}, {_id: 'B', sizes: [8, 9, 10]}]"),
        ["$sort: descending by an array field"] = new(Shoes,
            "[{aggregate: 'c', pipeline: [{$sort: {sizes: -1}}]}]",
            "[{_id: 'A', sizes: [7, 11]}, {_id: 'B', sizes: [8, 9, 10]}]"),
        ["$sort: filter and sort by an array field"] = new(Shoes,
            "[{aggregate: 'c', pipeline: [{$match: {sizes: {$gt: 9}}}, {$sort: {sizes: 1}}]}]",
            "[{_id: 'A', sizes: [7, 11]}, {_id: 'B', sizes: [8, 9, 10]}]"),
        ["$group: distinct values"] = new(GroupSales,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$item'}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'abc'}, {_id: 'def'}, {_id: 'jkl'}, {_id: 'xyz'}]"),
        ["$group: title by author"] = new(Books,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$author', books: {$push: '$title'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'Dante', books: ['The Banquet', 'Divine Comedy', 'Eclogues']}, {_id: 'Homer', books: ['The Odyssey', 'Iliad']}]"),
        ["$group: documents by author with $$ROOT"] = new(Books,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$author', books: {$push: '$$ROOT'}}}, {$addFields: {totalCopies: {$sum: '$books.copies'}}}, {$sort: {_id: -1}}]}]",
            "[{_id: 'Homer', books: [{_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}], totalCopies: 20}, {_id: 'Dante', books: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}], totalCopies: 5}]"),
        ["$unwind: an array field"] = new("{c: [{_id: 1, item: 'ABC1', sizes: ['S', 'M', 'L']}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: '$sizes'}]}]",
            "[{_id: 1, item: 'ABC1', sizes: 'S'}, {_id: 1, item: 'ABC1', sizes: 'M'}, {_id: 1, item: 'ABC1', sizes: 'L'}]"),
        ["$unwind: missing or non-array values"] = new(Clothing,
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$sizes'}}]}]",
            "[{_id: 1, item: 'Shirt', sizes: 'S'}, {_id: 1, item: 'Shirt', sizes: 'M'}, {_id: 1, item: 'Shirt', sizes: 'L'}, {_id: 3, item: 'Hat', sizes: 'M'}]"),
        ["$unwind: group by unwound values"] = new("{c: [{_id: 1, item: 'ABC', price: NumberDecimal('80'), sizes: ['S', 'M', 'L']}, {_id: 2, item: 'EFG', price: NumberDecimal('120'), sizes: []}, {_id: 3, item: 'IJK', price: NumberDecimal('160'), sizes: 'M'}, {_id: 4, item: 'LMN', price: NumberDecimal('10')}, {_id: 5, item: 'XYZ', price: NumberDecimal('5.75'), sizes: null}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$sizes', preserveNullAndEmptyArrays: true}}, {$group: {_id: '$sizes', averagePrice: {$avg: '$price'}}}, {$sort: {averagePrice: -1, _id: 1}}]}]",
            "[{_id: 'M', averagePrice: NumberDecimal('120')}, {_id: 'L', averagePrice: NumberDecimal('80')}, {_id: 'S', averagePrice: NumberDecimal('80')}, {_id: null, averagePrice: NumberDecimal('45.25')}]"),

        // The page inserts envelopes at 1.95 but every stage output (and the totals) use 19.95.
        ["$unwind: embedded arrays"] = new("{c: [{_id: '1', items: [{name: 'pens', tags: ['writing', 'office', 'school', 'stationary'], price: NumberDecimal('12.00'), quantity: NumberInt(5)}, {name: 'envelopes', tags: ['stationary', 'office'], price: NumberDecimal('19.95'), quantity: NumberInt(8)}]}, {_id: '2', items: [{name: 'laptop', tags: ['office', 'electronics'], price: NumberDecimal('800.00'), quantity: NumberInt(1)}, {name: 'notepad', tags: ['stationary', 'school'], price: NumberDecimal('14.95'), quantity: NumberInt(3)}]}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: '$items'}, {$unwind: '$items.tags'}, {$group: {_id: '$items.tags', totalSalesAmount: {$sum: {$multiply: ['$items.price', '$items.quantity']}}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'electronics', totalSalesAmount: NumberDecimal('800.00')}, {_id: 'office', totalSalesAmount: NumberDecimal('1019.60')}, {_id: 'school', totalSalesAmount: NumberDecimal('104.85')}, {_id: 'stationary', totalSalesAmount: NumberDecimal('264.45')}, {_id: 'writing', totalSalesAmount: NumberDecimal('60.00')}]"),
        ["$unionWith: all sales by year, stores and items"] = new(YearlySales,
            "[{aggregate: 'sales_2017', pipeline: [{$set: {_id: '2017'}}, {$unionWith: {coll: 'sales_2018', pipeline: [{$set: {_id: '2018'}}]}}, {$unionWith: {coll: 'sales_2019', pipeline: [{$set: {_id: '2019'}}]}}, {$unionWith: {coll: 'sales_2020', pipeline: [{$set: {_id: '2020'}}]}}, {$sort: {_id: 1, store: 1, item: 1}}]}]",
            YearlyReport),
        ["$unionWith: aggregated sales by items"] = new(YearlySales,
            "[{aggregate: 'sales_2017', pipeline: [{$unionWith: 'sales_2018'}, {$unionWith: 'sales_2019'}, {$unionWith: 'sales_2020'}, {$group: {_id: '$item', total: {$sum: '$quantity'}}}, {$sort: {total: -1}}]}]",
            "[{_id: 'Cookies', total: 1720}, {_id: 'Chocolates', total: 1250}, {_id: 'Nuts', total: 510}, {_id: 'Pie', total: 395}, {_id: 'Cheese', total: 350}]"),
        ["$fill: constant value"] = new("{c: [{_id: 1, date: ISODate('2022-02-02'), bootsSold: 10, sandalsSold: 20, sneakersSold: 12}, {_id: 2, date: ISODate('2022-02-03'), bootsSold: 7, sneakersSold: 18}, {_id: 3, date: ISODate('2022-02-04'), sneakersSold: 5}]}",
            "[{aggregate: 'c', pipeline: [{$fill: {output: {bootsSold: {value: 0}, sandalsSold: {value: 0}, sneakersSold: {value: 0}}}}]}]",
            "[{_id: 1, date: ISODate('2022-02-02'), bootsSold: 10, sandalsSold: 20, sneakersSold: 12}, {_id: 2, date: ISODate('2022-02-03'), bootsSold: 7, sneakersSold: 18, sandalsSold: 0}, {_id: 3, date: ISODate('2022-02-04'), sneakersSold: 5, bootsSold: 0, sandalsSold: 0}]"),
        ["$fill: linear interpolation"] = new(Stock,
            "[{aggregate: 'c', pipeline: [{$fill: {sortBy: {time: 1}, output: {price: {method: 'linear'}}}}]}]",
            "[{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z'), price: 507.5}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z'), price: 505.0}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z'), price: 495.0}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485}]"),
        ["$fill: last observed value"] = new("{c: [{_id: 1, date: ISODate('2021-03-08'), score: 90}, {_id: 2, date: ISODate('2021-03-09'), score: 92}, {_id: 3, date: ISODate('2021-03-10')}, {_id: 4, date: ISODate('2021-03-11')}, {_id: 5, date: ISODate('2021-03-12'), score: 85}, {_id: 6, date: ISODate('2021-03-13')}]}",
            "[{aggregate: 'c', pipeline: [{$fill: {sortBy: {date: 1}, output: {score: {method: 'locf'}}}}]}]",
            "[{_id: 1, date: ISODate('2021-03-08'), score: 90}, {_id: 2, date: ISODate('2021-03-09'), score: 92}, {_id: 3, date: ISODate('2021-03-10'), score: 92}, {_id: 4, date: ISODate('2021-03-11'), score: 92}, {_id: 5, date: ISODate('2021-03-12'), score: 85}, {_id: 6, date: ISODate('2021-03-13'), score: 85}]"),
        ["$fill: distinct partitions"] = new("{c: [{_id: 1, date: ISODate('2021-03-08'), restaurant: \"Joe's Pizza\", score: 90}, {_id: 2, date: ISODate('2021-03-08'), restaurant: \"Sally's Deli\", score: 75}, {_id: 3, date: ISODate('2021-03-09'), restaurant: \"Joe's Pizza\", score: 92}, {_id: 4, date: ISODate('2021-03-09'), restaurant: \"Sally's Deli\"}, {_id: 5, date: ISODate('2021-03-10'), restaurant: \"Joe's Pizza\"}, {_id: 6, date: ISODate('2021-03-10'), restaurant: \"Sally's Deli\", score: 68}, {_id: 7, date: ISODate('2021-03-11'), restaurant: \"Joe's Pizza\", score: 93}, {_id: 8, date: ISODate('2021-03-11'), restaurant: \"Sally's Deli\"}]}",
            "[{aggregate: 'c', pipeline: [{$fill: {sortBy: {date: 1}, partitionBy: {restaurant: '$restaurant'}, output: {score: {method: 'locf'}}}}]}]",
            "[{_id: 1, date: ISODate('2021-03-08'), restaurant: \"Joe's Pizza\", score: 90}, {_id: 3, date: ISODate('2021-03-09'), restaurant: \"Joe's Pizza\", score: 92}, {_id: 5, date: ISODate('2021-03-10'), restaurant: \"Joe's Pizza\", score: 92}, {_id: 7, date: ISODate('2021-03-11'), restaurant: \"Joe's Pizza\", score: 93}, {_id: 2, date: ISODate('2021-03-08'), restaurant: \"Sally's Deli\", score: 75}, {_id: 4, date: ISODate('2021-03-09'), restaurant: \"Sally's Deli\", score: 75}, {_id: 6, date: ISODate('2021-03-10'), restaurant: \"Sally's Deli\", score: 68}, {_id: 8, date: ISODate('2021-03-11'), restaurant: \"Sally's Deli\", score: 68}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
