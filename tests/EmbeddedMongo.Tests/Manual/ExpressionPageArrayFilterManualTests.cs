using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>More worked examples of the manual's $filter and $zip pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageArrayFilterManualTests(MongoTarget target)
{
    private const string Sales = "{sales: [{_id: 0, items: [{item_id: 43, quantity: 2, price: 10}, {item_id: 2, quantity: 1, price: 240}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110}, {item_id: 103, quantity: 4, price: 5}, {item_id: 38, quantity: 1, price: 300}]}, {_id: 2, items: [{item_id: 4, quantity: 1, price: 23}]}]}";

    // The page's two table rows with a limit compare '$$num' twice with $gte (a typo for $lte): MongoDB
    // keeps the strings "a" and "5" there (strings sort after numbers), not the [1, 2] and [1] shown.
    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$filter: numbers within the long range"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, r: {$filter: {input: [1, 'a', 2, null, 3.1, NumberLong(4), '5'], as: 'num', cond: {$and: [{$gte: ['$$num', NumberLong('-9223372036854775807')]}, {$lte: ['$$num', NumberLong('9223372036854775807')]}]}}}, l: {$filter: {input: [1, 'a', 2, null, 3.1, NumberLong(4), '5'], as: 'num', cond: {$and: [{$gte: ['$$num', NumberLong('-9223372036854775807')]}, {$lte: ['$$num', NumberLong('9223372036854775807')]}]}, limit: {$add: [0, 1]}}}}}]}]",
            "[{r: [1, 2, 3.1, NumberLong(4)], l: [1]}]"),
        ["$filter: limit as a numeric expression"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {items: {$filter: {input: '$items', cond: {$lte: ['$$item.price', 150]}, as: 'item', limit: 2.000}}}}]}]",
            "[{_id: 0, items: [{item_id: 43, quantity: 2, price: 10}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110}, {item_id: 103, quantity: 4, price: 5}]}, {_id: 2, items: [{item_id: 4, quantity: 1, price: 23}]}]"),
        ["$filter: a null limit means no limit"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$match: {_id: 1}}, {$project: {n: {$size: {$filter: {input: '$items', cond: true, limit: null}}}}}]}]",
            "[{_id: 1, n: 3}]"),
        ["$filter: a non-array input is an error"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {items: {$filter: {input: '$_id', cond: true}}}}]}]",
            "error 28651"),
        ["$zip: filtering and preserving indexes"] = new(
            "{pages: [{_id: 1, category: 'unix', pages: [{title: 'awk for beginners', reviews: 5}, {title: 'sed for newbies', reviews: 0}, {title: 'grep made simple', reviews: 2}]}]}",
            "[{aggregate: 'pages', pipeline: [{$project: {_id: false, pages: {$filter: {input: {$zip: {inputs: ['$pages', {$range: [0, {$size: '$pages'}]}]}}, as: 'pageWithIndex', cond: {$let: {vars: {page: {$arrayElemAt: ['$$pageWithIndex', 0]}}, in: {$gte: ['$$page.reviews', 1]}}}}}}}]}]",
            "[{pages: [[{title: 'awk for beginners', reviews: 5}, 0], [{title: 'grep made simple', reviews: 2}, 2]]}]"),
        ["$zip: inputs must be arrays"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$zip: {inputs: [[1], 'a']}}}}]}]",
            "error 34468"),
        ["$setField: update a field starting with $"] = new(
            "{inventory: [{_id: 1, item: 'sweatshirt', qty: 300, '$price': 45.99}, {_id: 2, item: 'winter coat', qty: 200, '$price': 499.99}]}",
            "[{aggregate: 'inventory', pipeline: [{$match: {_id: 1}}, {$replaceWith: {$setField: {field: {$literal: '$price'}, input: '$$ROOT', value: 49.99}}}]}]",
            "[{_id: 1, item: 'sweatshirt', qty: 300, '$price': 49.99}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
