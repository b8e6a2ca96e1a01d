using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's object and variable expression pages, and of $sum, $avg,
/// $min, $max and $stdDevPop used as array expressions in $project.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageObjectManualTests(MongoTarget target)
{
    private const string Students = "{students: [{_id: 1, quizzes: [10, 6, 7], labs: [5, 8], final: 80, midterm: 75}, {_id: 2, quizzes: [9, 10], labs: [8, 8], final: 95, midterm: 80}, {_id: 3, quizzes: [4, 5, 5], labs: [6, 5], final: 78, midterm: 70}]}";

    private const string DollarInventory = "{inventory: [{_id: 1, item: 'sweatshirt', qty: 300, quantity: {'$large': 50, '$medium': 50, '$small': 25}}, {_id: 2, item: 'winter coat', qty: 200, quantity: {'$large': 100, '$medium': 50, '$small': 50}}, {_id: 3, item: 'sun dress', qty: 250, quantity: {'$large': 35, '$medium': 35, '$small': 35}}, {_id: 4, item: 'leather boots', qty: 300, quantity: {'$large': 15, '$medium': 100, '$small': 20}}, {_id: 5, item: 'bow tie', qty: 180, quantity: {'$large': 50, '$medium': 60, '$small': 10}}]}";

    private const string PriceInventory = "{inventory: [{_id: 1, item: 'sweatshirt', 'price.usd': 45.99, qty: 300}, {_id: 2, item: 'winter coat', 'price.usd': 499.99, qty: 200}, {_id: 3, item: 'sun dress', 'price.usd': 199.99, qty: 250}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$getField: a field starting with $ in a sub-document"] = new(
            DollarInventory,
            "[{aggregate: 'inventory', pipeline: [{$match: {$expr: {$lte: [{$getField: {field: {$literal: '$small'}, input: '$quantity'}}, 20]}}}, {$project: {_id: 0, item: 1, smallQuantity: {$getField: {field: {$literal: '$small'}, input: '$quantity'}}}}]}]",
            "[{item: 'leather boots', smallQuantity: 20}, {item: 'bow tie', smallQuantity: 10}]"),
        ["$getField: a non-object input gives null, a missing one nothing"] = new(
            DollarInventory,
            "[{aggregate: 'inventory', pipeline: [{$match: {_id: 1}}, {$project: {_id: 0, a: {$getField: {field: 'x', input: null}}, b: {$getField: {field: 'x', input: '$quantity'}}, c: {$getField: {field: 'qty', input: '$$CURRENT'}}}}]}]",
            "[{a: null, c: 300}]"),
        ["$getField: a non-constant field name is an error"] = new(
            DollarInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$getField: {field: '$item', input: '$quantity'}}}}]}]",
            "error 5654602"),
        ["$setField: update a field with a dot"] = new(
            PriceInventory,
            "[{aggregate: 'inventory', pipeline: [{$match: {_id: 1}}, {$replaceWith: {$setField: {field: 'price.usd', input: '$$ROOT', value: 49.99}}}]}]",
            "[{_id: 1, item: 'sweatshirt', 'price.usd': 49.99, qty: 300}]"),
        ["$setField: add a field starting with $"] = new(
            "{inventory: [{_id: 1, item: 'sweatshirt', price: 45.99, qty: 300}, {_id: 2, item: 'winter coat', price: 499.99, qty: 200}]}",
            "[{aggregate: 'inventory', pipeline: [{$replaceWith: {$setField: {field: {$literal: '$price'}, input: '$$ROOT', value: '$price'}}}, {$unset: 'price'}]}]",
            "[{_id: 1, item: 'sweatshirt', qty: 300, '$price': 45.99}, {_id: 2, item: 'winter coat', qty: 200, '$price': 499.99}]"),
        ["$unsetField: a field with a dot"] = new(
            PriceInventory,
            "[{aggregate: 'inventory', pipeline: [{$replaceWith: {$unsetField: {field: 'price.usd', input: '$$ROOT'}}}]}]",
            "[{_id: 1, item: 'sweatshirt', qty: 300}, {_id: 2, item: 'winter coat', qty: 200}, {_id: 3, item: 'sun dress', qty: 250}]"),
        ["$unsetField: a subfield"] = new(
            "{inventory: [{_id: 3, item: 'sun dress', qty: 250, price: {usd: 199.99, euro: 173.47}}]}",
            "[{aggregate: 'inventory', pipeline: [{$replaceWith: {$setField: {field: 'price', input: '$$ROOT', value: {$unsetField: {field: 'euro', input: {$getField: 'price'}}}}}}]}]",
            "[{_id: 3, item: 'sun dress', qty: 250, price: {usd: 199.99}}]"),
        ["$mergeObjects: later fields win and null is ignored"] = new(
            "{c: [{_id: 1, a: {x: 1, y: 2}, b: {y: 3, z: 4}}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, m: {$mergeObjects: ['$a', null, '$b', '$missing']}, n: {$mergeObjects: [null]}, o: {$mergeObjects: '$a'}}}]}]",
            "[{m: {x: 1, y: 3, z: 4}, n: {}, o: {x: 1, y: 2}}]"),
        ["$mergeObjects: a non-object is an error"] = new(
            "{c: [{_id: 1, a: 5}]}",
            "[{aggregate: 'c', pipeline: [{$project: {m: {$mergeObjects: ['$a']}}}]}]",
            "error 40400"),
        ["$literal: treat $ as a literal"] = new(
            "{records: [{_id: 1, item: 'abc123', price: '$2.50'}, {_id: 2, item: 'xyz123', price: '1'}, {_id: 3, item: 'ijk123', price: '$1'}]}",
            "[{aggregate: 'records', pipeline: [{$project: {costsOneDollar: {$eq: ['$price', {$literal: '$1'}]}}}]}]",
            "[{_id: 1, costsOneDollar: false}, {_id: 2, costsOneDollar: false}, {_id: 3, costsOneDollar: true}]"),
        ["$literal: project a new field with value 1"] = new(
            "{bookstore: [{_id: 1, title: 'Dracula', condition: 'new'}, {_id: 2, title: 'The Little Prince', condition: 'new'}]}",
            "[{aggregate: 'bookstore', pipeline: [{$project: {item: 1, startAt: {$literal: 1}}}]}]",
            "[{_id: 1, startAt: 1}, {_id: 2, startAt: 1}]"),
        ["$let: an undefined variable is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$let: {vars: {a: 1}, in: '$$b'}}}}]}]",
            "error 17276"),
        ["$let: a variable name must start with a lowercase letter"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$let: {vars: {Total: 1}, in: '$$Total'}}}}]}]",
            "error 16867"),
        ["$$ROOT: group whole documents by author"] = new(
            "{books: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}, {_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}]}",
            "[{aggregate: 'books', pipeline: [{$group: {_id: '$author', books: {$push: '$$ROOT'}}}, {$addFields: {totalCopies: {$sum: '$books.copies'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'Dante', books: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}], totalCopies: 5}, {_id: 'Homer', books: [{_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}], totalCopies: 20}]"),
        ["$$REMOVE: exclude a field conditionally"] = new(
            "{books: [{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}, {_id: 2, title: 'Baked Goods', isbn: '9999999999999', author: {last: 'xyz', first: 'abc', middle: ''}, copies: 2, lastModified: '2017-07-21'}, {_id: 3, title: 'Ice Cream Cakes', isbn: '8888888888888', author: {last: 'xyz', first: 'abc', middle: 'mmm'}, copies: 5, lastModified: '2017-07-22'}]}",
            "[{aggregate: 'books', pipeline: [{$project: {title: 1, 'author.first': 1, 'author.last': 1, 'author.middle': {$cond: {if: {$eq: ['', '$author.middle']}, then: '$$REMOVE', else: '$author.middle'}}}}]}]",
            "[{_id: 1, title: 'abc123', author: {last: 'zzz', first: 'aaa'}}, {_id: 2, title: 'Baked Goods', author: {last: 'xyz', first: 'abc'}}, {_id: 3, title: 'Ice Cream Cakes', author: {last: 'xyz', first: 'abc', middle: 'mmm'}}]"),
        ["$$CURRENT: the same as $$ROOT at the top level"] = new(
            "{c: [{_id: 1, a: {b: 2}}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, x: '$$CURRENT.a.b', y: '$$ROOT.a', z: {$eq: ['$$CURRENT', '$$ROOT']}}}]}]",
            "[{x: 2, y: {b: 2}, z: true}]"),
        ["$sum: totals of arrays and of fields"] = new(
            Students,
            "[{aggregate: 'students', pipeline: [{$project: {quizTotal: {$sum: '$quizzes'}, labTotal: {$sum: '$labs'}, examTotal: {$sum: ['$final', '$midterm']}}}]}]",
            "[{_id: 1, quizTotal: 23, labTotal: 13, examTotal: 155}, {_id: 2, quizTotal: 19, labTotal: 16, examTotal: 175}, {_id: 3, quizTotal: 14, labTotal: 11, examTotal: 148}]"),
        ["$avg: averages of arrays and of fields"] = new(
            Students,
            "[{aggregate: 'students', pipeline: [{$project: {quizAvg: {$avg: '$quizzes'}, labAvg: {$avg: '$labs'}, examAvg: {$avg: ['$final', '$midterm']}}}]}]",
            "[{_id: 1, quizAvg: 7.666666666666667, labAvg: 6.5, examAvg: 77.5}, {_id: 2, quizAvg: 9.5, labAvg: 8.0, examAvg: 87.5}, {_id: 3, quizAvg: 4.666666666666667, labAvg: 5.5, examAvg: 74.0}]"),
        ["$max: maxima of arrays and of fields"] = new(
            Students,
            "[{aggregate: 'students', pipeline: [{$project: {quizMax: {$max: '$quizzes'}, labMax: {$max: '$labs'}, examMax: {$max: ['$final', '$midterm']}}}]}]",
            "[{_id: 1, quizMax: 10, labMax: 8, examMax: 80}, {_id: 2, quizMax: 10, labMax: 8, examMax: 95}, {_id: 3, quizMax: 5, labMax: 6, examMax: 78}]"),
        ["$min: minima of arrays and of fields"] = new(
            Students,
            "[{aggregate: 'students', pipeline: [{$project: {quizMin: {$min: '$quizzes'}, labMin: {$min: '$labs'}, examMin: {$min: ['$final', '$midterm']}}}]}]",
            "[{_id: 1, quizMin: 6, labMin: 5, examMin: 75}, {_id: 2, quizMin: 9, labMin: 8, examMin: 80}, {_id: 3, quizMin: 4, labMin: 5, examMin: 70}]"),
        ["$stdDevPop: of quiz scores"] = new(
            "{quizzes: [{_id: 1, scores: [{name: 'dave123', score: 85}, {name: 'dave2', score: 90}, {name: 'ahn', score: 71}]}, {_id: 2, scores: [{name: 'li', quiz: 2, score: 96}, {name: 'annT', score: 77}, {name: 'ty', score: 82}]}]}",
            "[{aggregate: 'quizzes', pipeline: [{$project: {stdDev: {$stdDevPop: '$scores.score'}}}]}]",
            "[{_id: 1, stdDev: 8.04155872120988}, {_id: 2, stdDev: 8.04155872120988}]"),
        ["$sum, $avg, $min, $max: non-numbers, empty arrays and missing fields"] = new(
            "{c: [{_id: 1, a: [1, 'x', null, NumberLong(2)], e: []}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, s: {$sum: '$a'}, av: {$avg: '$a'}, mi: {$min: '$a'}, ma: {$max: '$a'}, se: {$sum: '$e'}, ae: {$avg: '$e'}, sm: {$sum: '$nothing'}, am: {$avg: '$nothing'}, sd: {$stdDevPop: '$e'}, ss: {$stdDevSamp: [1]}}}]}]",
            "[{s: NumberLong(3), av: 1.5, mi: 1, ma: 'x', se: 0, ae: null, sm: 0, am: null, sd: null, ss: null}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
