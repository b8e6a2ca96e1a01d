using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's comparison, boolean and conditional expression operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageLogicManualTests(MongoTarget target)
{
    private const string Inventory = "{inventory: [{_id: 1, item: 'abc1', description: 'product 1', qty: 300}, {_id: 2, item: 'abc2', description: 'product 2', qty: 200}, {_id: 3, item: 'xyz1', description: 'product 3', qty: 250}, {_id: 4, item: 'VWZ1', description: 'product 4', qty: 300}, {_id: 5, item: 'VWZ2', description: 'product 5', qty: 180}]}";

    private const string CondInventory = "{inventory: [{_id: 1, item: 'abc1', qty: 300}, {_id: 2, item: 'abc2', qty: 200}, {_id: 3, item: 'xyz1', qty: 250}]}";

    private const string IfNullInventory = "{inventory: [{_id: 1, item: 'buggy', description: 'toy car', quantity: 300}, {_id: 2, item: 'bicycle', description: null, quantity: 200}, {_id: 3, item: 'flag'}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$cmp: qty against 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, cmpTo250: {$cmp: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, cmpTo250: 1}, {item: 'abc2', qty: 200, cmpTo250: -1}, {item: 'xyz1', qty: 250, cmpTo250: 0}, {item: 'VWZ1', qty: 300, cmpTo250: 1}, {item: 'VWZ2', qty: 180, cmpTo250: -1}]"),
        ["$eq: qty equals 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyEq250: {$eq: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyEq250: false}, {item: 'abc2', qty: 200, qtyEq250: false}, {item: 'xyz1', qty: 250, qtyEq250: true}, {item: 'VWZ1', qty: 300, qtyEq250: false}, {item: 'VWZ2', qty: 180, qtyEq250: false}]"),
        ["$gt: qty greater than 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyGt250: {$gt: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyGt250: true}, {item: 'abc2', qty: 200, qtyGt250: false}, {item: 'xyz1', qty: 250, qtyGt250: false}, {item: 'VWZ1', qty: 300, qtyGt250: true}, {item: 'VWZ2', qty: 180, qtyGt250: false}]"),
        ["$gte: qty at least 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyGte250: {$gte: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyGte250: true}, {item: 'abc2', qty: 200, qtyGte250: false}, {item: 'xyz1', qty: 250, qtyGte250: true}, {item: 'VWZ1', qty: 300, qtyGte250: true}, {item: 'VWZ2', qty: 180, qtyGte250: false}]"),
        ["$lt: qty less than 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyLt250: {$lt: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyLt250: false}, {item: 'abc2', qty: 200, qtyLt250: true}, {item: 'xyz1', qty: 250, qtyLt250: false}, {item: 'VWZ1', qty: 300, qtyLt250: false}, {item: 'VWZ2', qty: 180, qtyLt250: true}]"),
        ["$lte: qty at most 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyLte250: {$lte: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyLte250: false}, {item: 'abc2', qty: 200, qtyLte250: true}, {item: 'xyz1', qty: 250, qtyLte250: true}, {item: 'VWZ1', qty: 300, qtyLte250: false}, {item: 'VWZ2', qty: 180, qtyLte250: true}]"),
        ["$ne: qty not 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, qty: 1, qtyNe250: {$ne: ['$qty', 250]}, _id: 0}}]}]",
            "[{item: 'abc1', qty: 300, qtyNe250: true}, {item: 'abc2', qty: 200, qtyNe250: true}, {item: 'xyz1', qty: 250, qtyNe250: false}, {item: 'VWZ1', qty: 300, qtyNe250: true}, {item: 'VWZ2', qty: 180, qtyNe250: true}]"),
        ["$eq: with a missing field and null"] = new(
            "{c: [{_id: 1, a: null}, {_id: 2}]}",
            "[{aggregate: 'c', pipeline: [{$project: {n: {$eq: ['$a', null]}, m: {$eq: ['$a', '$missing']}, l: {$lt: ['$a', 0]}}}]}]",
            "[{_id: 1, n: true, m: false, l: true}, {_id: 2, n: false, m: true, l: true}]"),
        ["$cmp: needs exactly two arguments"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$cmp: ['$qty']}}}]}]",
            "error 16020"),
        ["$and: qty between 100 and 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, result: {$and: [{$gt: ['$qty', 100]}, {$lt: ['$qty', 250]}]}}}]}]",
            "[{_id: 1, item: 'abc1', result: false}, {_id: 2, item: 'abc2', result: true}, {_id: 3, item: 'xyz1', result: false}, {_id: 4, item: 'VWZ1', result: false}, {_id: 5, item: 'VWZ2', result: true}]"),
        ["$or: qty outside 200 to 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, result: {$or: [{$gt: ['$qty', 250]}, {$lt: ['$qty', 200]}]}}}]}]",
            "[{_id: 1, item: 'abc1', result: true}, {_id: 2, item: 'abc2', result: false}, {_id: 3, item: 'xyz1', result: false}, {_id: 4, item: 'VWZ1', result: true}, {_id: 5, item: 'VWZ2', result: true}]"),
        ["$not: qty not above 250"] = new(
            Inventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, result: {$not: [{$gt: ['$qty', 250]}]}}}]}]",
            "[{_id: 1, item: 'abc1', result: false}, {_id: 2, item: 'abc2', result: true}, {_id: 3, item: 'xyz1', result: true}, {_id: 4, item: 'VWZ1', result: false}, {_id: 5, item: 'VWZ2', result: true}]"),
        ["$and, $or, $not: example tables"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a1: {$and: [1, 'green']}, a2: {$and: []}, a3: {$and: [[null], [false], []]}, a4: {$and: [null, true]}, a5: {$and: [0, true]}, o1: {$or: [true, false]}, o2: {$or: [[false], false]}, o3: {$or: [null, 0, undefined]}, o4: {$or: []}, n1: {$not: [true]}, n2: {$not: [[false]]}, n3: {$not: [false]}, n4: {$not: [null]}, n5: {$not: [0]}}}]}]",
            "[{a1: true, a2: true, a3: true, a4: false, a5: false, o1: true, o2: true, o3: false, o4: false, n1: false, n2: false, n3: true, n4: true, n5: true}]"),
        ["$not: takes exactly one argument"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$not: [true, false]}}}]}]",
            "error 16020"),
        ["$cond: if-then-else document"] = new(
            CondInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, discount: {$cond: {if: {$gte: ['$qty', 250]}, then: 30, else: 20}}}}]}]",
            "[{_id: 1, item: 'abc1', discount: 30}, {_id: 2, item: 'abc2', discount: 20}, {_id: 3, item: 'xyz1', discount: 30}]"),
        ["$cond: array form"] = new(
            CondInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, discount: {$cond: [{$gte: ['$qty', 250]}, 30, 20]}}}]}]",
            "[{_id: 1, item: 'abc1', discount: 30}, {_id: 2, item: 'abc2', discount: 20}, {_id: 3, item: 'xyz1', discount: 30}]"),
        ["$cond: missing then is an error"] = new(
            CondInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$cond: {if: true, else: 1}}}}]}]",
            "error 17081"),
        ["$cond: unknown argument is an error"] = new(
            CondInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$cond: {if: true, then: 1, else: 2, other: 3}}}}]}]",
            "error 17083"),
        ["$ifNull: single input expression"] = new(
            IfNullInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, description: {$ifNull: ['$description', 'Unspecified']}}}]}]",
            "[{_id: 1, item: 'buggy', description: 'toy car'}, {_id: 2, item: 'bicycle', description: 'Unspecified'}, {_id: 3, item: 'flag', description: 'Unspecified'}]"),
        ["$ifNull: multiple input expressions"] = new(
            IfNullInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, value: {$ifNull: ['$description', '$quantity', 'Unspecified']}}}]}]",
            "[{_id: 1, item: 'buggy', value: 'toy car'}, {_id: 2, item: 'bicycle', value: 200}, {_id: 3, item: 'flag', value: 'Unspecified'}]"),
        ["$ifNull: a missing replacement leaves the field out"] = new(
            IfNullInventory,
            "[{aggregate: 'inventory', pipeline: [{$project: {_id: 0, r: {$ifNull: ['$description', '$nothing']}}}]}]",
            "[{r: 'toy car'}, {}, {}]"),
        ["$switch: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$switch: {branches: [{case: {$eq: [0, 5]}, then: 'equals'}, {case: {$gt: [0, 5]}, then: 'greater than'}, {case: {$lt: [0, 5]}, then: 'less than'}]}}, b: {$switch: {branches: [{case: {$eq: [0, 5]}, then: 'equals'}, {case: {$gt: [0, 5]}, then: 'greater than'}], default: 'Did not match'}}, c: {$switch: {branches: [{case: 'this is true', then: 'first case'}, {case: false, then: 'second case'}], default: 'Did not match'}}}}]}]",
            "[{a: 'less than', b: 'Did not match', c: 'first case'}]"),
        ["$switch: branches must be an array"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$switch: {branches: {case: true, then: 1}}}}}]}]",
            "error 40061"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
