using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>More worked examples of the manual's $filter, $reduce, $zip and $setField pages.</summary>
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
        ["$reduce: computing multiple reductions"] = new(
            "{matrices: [{_id: 1, arr: [[24, 55, 79], [14, 78, 35], [84, 90, 3], [50, 89, 70]]}, {_id: 2, arr: [[39, 32, 43, 7], [62, 17, 80, 64], [17, 88, 11, 73]]}, {_id: 3, arr: [[42], [26, 59], [17], [72, 19, 35]]}, {_id: 4}]}",
            "[{aggregate: 'matrices', pipeline: [{$project: {results: {$reduce: {input: '$arr', initialValue: [], in: {collapsed: {$concatArrays: ['$$value.collapsed', '$$this']}, firstValues: {$concatArrays: ['$$value.firstValues', {$slice: ['$$this', 1]}]}}}}}}]}]",
            "[{_id: 1, results: {collapsed: [24, 55, 79, 14, 78, 35, 84, 90, 3, 50, 89, 70], firstValues: [24, 14, 84, 50]}}, {_id: 2, results: {collapsed: [39, 32, 43, 7, 62, 17, 80, 64, 17, 88, 11, 73], firstValues: [39, 62, 17]}}, {_id: 3, results: {collapsed: [42, 26, 59, 17, 72, 19, 35], firstValues: [42, 26, 17, 72]}}, {_id: 4, results: null}]"),
        ["$sortArray: whole elements by a field and by a subfield"] = new(
            "{engineers: [{_id: 1, team: [{name: 'pat', age: 30, address: {street: '12 Baker St', city: 'London'}}, {name: 'dallas', age: 36, address: {street: '12 Cowper St', city: 'Palo Alto'}}, {name: 'charlie', age: 42, address: {street: '12 French St', city: 'New Brunswick'}}]}]}",
            "[{aggregate: 'engineers', pipeline: [{$project: {_id: 0, result: {$sortArray: {input: '$team', sortBy: {'address.city': -1}}}}}]}]",
            "[{result: [{name: 'dallas', age: 36, address: {street: '12 Cowper St', city: 'Palo Alto'}}, {name: 'charlie', age: 42, address: {street: '12 French St', city: 'New Brunswick'}}, {name: 'pat', age: 30, address: {street: '12 Baker St', city: 'London'}}]}]"),
        ["$sortArray: mixed types by a document field keep their order when equal"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, result: {$sortArray: {input: [20, 4, {a: 'Free'}, 6, 21, 5, 'Gratis', {a: null}, {a: {sale: true, price: 19}}, NumberDecimal('10.23'), {a: 'On sale'}], sortBy: {a: 1}}}}}]}]",
            "[{result: [20, 4, 6, 21, 5, 'Gratis', {a: null}, NumberDecimal('10.23'), {a: 'Free'}, {a: 'On sale'}, {a: {sale: true, price: 19}}]}]"),
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
