using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's query and projection operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class QueryManualTests(MongoTarget target)
{
    private const string AddressBook = "{c: [{_id: 1, address: '2030 Martian Way', zipCode: '90698345'}, {_id: 2, address: '156 Lunar Place', zipCode: 43339374.0}, {_id: 3, address: '2324 Pluto Place', zipCode: NumberLong(3921412)}, {_id: 4, address: '55 Saturn Ring', zipCode: 88602117}, {_id: 5, address: '104 Venus Drive', zipCode: ['834847278', '1893289032']}]}";

    private const string Products = "{c: [{_id: 100, sku: 'abc123', description: 'Single line description.'}, {_id: 101, sku: 'abc789', description: 'First line\\nSecond line'}, {_id: 102, sku: 'xyz456', description: 'Many spaces before     line'}, {_id: 103, sku: 'xyz789', description: 'Multiple\\nline description'}, {_id: 104, sku: 'Abc789', description: 'SKU starts with A'}]}";

    private const string Bits = "{c: [{_id: 1, a: 54, binaryValueofA: '00110110'}, {_id: 2, a: 20, binaryValueofA: '00010100'}, {_id: 3, a: 20.0, binaryValueofA: '00010100'}, {_id: 4, a: BinData(0, 'Zg=='), binaryValueofA: '01100110'}]}";

    private const string Students = "{c: [{_id: 1, semester: 1, grades: [70, 87, 90]}, {_id: 2, semester: 1, grades: [90, 88, 92]}, {_id: 3, semester: 1, grades: [85, 100, 90]}, {_id: 4, semester: 2, grades: [79, 85, 80]}, {_id: 5, semester: 2, grades: [88, 88, 92]}, {_id: 6, semester: 2, grades: [95, 90, 96]}, {_id: 7, semester: 3, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 5}, {grade: 90, mean: 85, std: 3}]}, {_id: 8, semester: 3, grades: [{grade: 92, mean: 88, std: 8}, {grade: 78, mean: 90, std: 5}, {grade: 88, mean: 85, std: 3}]}]}";

    private const string Schools = "{c: [{_id: 1, zipcode: '63109', students: [{name: 'john', school: 102, age: 10}, {name: 'jess', school: 102, age: 11}, {name: 'jeff', school: 108, age: 15}]}, {_id: 2, zipcode: '63110', students: [{name: 'ajax', school: 100, age: 7}, {name: 'achilles', school: 100, age: 8}], athletics: ['swimming', 'basketball', 'football']}, {_id: 3, zipcode: '63109', students: [{name: 'ajax', school: 100, age: 7}, {name: 'achilles', school: 100, age: 8}], athletics: ['baseball', 'basketball', 'soccer']}, {_id: 4, zipcode: '63109', students: [{name: 'barney', school: 102, age: 7}, {name: 'ruth', school: 102, age: 16}]}]}";

    private const string Posts = "{c: [{_id: 1, title: 'Bagels are not croissants.', comments: [{comment: '0. true'}, {comment: \"1. croissants aren't bagels.\"}]}, {_id: 2, title: 'Coffee please.', comments: [{comment: '0. fooey'}, {comment: '1. tea please'}, {comment: '2. iced coffee'}, {comment: '3. cappuccino'}, {comment: '4. whatever'}]}]}";

    private const string Inventory = "{c: [{_id: 1, item: 'journal', status: 'A', size: {h: 14, w: 21, uom: 'cm'}, instock: [{warehouse: 'A', qty: 5}]}, {_id: 2, item: 'notebook', status: 'A', size: {h: 8.5, w: 11, uom: 'in'}, instock: [{warehouse: 'C', qty: 5}]}, {_id: 3, item: 'paper', status: 'D', size: {h: 8.5, w: 11, uom: 'in'}, instock: [{warehouse: 'A', qty: 60}]}, {_id: 4, item: 'planner', status: 'D', size: {h: 22.85, w: 30, uom: 'cm'}, instock: [{warehouse: 'A', qty: 40}]}, {_id: 5, item: 'postcard', status: 'A', size: {h: 10, w: 15.25, uom: 'cm'}, instock: [{warehouse: 'B', qty: 15}, {warehouse: 'C', qty: 35}]}]}";

    private const string Cafe = "{c: [{_id: 1, category: 'café', status: 'A'}, {_id: 2, category: 'cafe', status: 'a'}, {_id: 3, category: 'cafE', status: 'a'}]}";

    private const string Places = "{c: [{_id: 1, loc: {type: 'Point', coordinates: [3, 4]}}, {_id: 2, loc: {type: 'Point', coordinates: [5, 5]}}, {_id: 3, loc: [1, 1]}, {_id: 4, loc: {lng: -88, lat: 30.1}}, {_id: 5, loc: [-88, 30.2]}, {_id: 6, loc: [100, 100]}, {_id: 7, loc: [[150, 50], [50, 50]]}, {_id: 8, name: 'no location'}]}";

    private const string Fruit = "{c: [{_id: 6, item: 'apple', type: 'cox', price: NumberDecimal('0.25')}, {_id: 2, item: 'apple', type: 'fuji', price: NumberDecimal('1.99')}, {_id: 1, item: 'apple', type: 'honey crisp', price: NumberDecimal('1.99')}, {_id: 3, item: 'apple', type: 'jonagold', price: NumberDecimal('1.29')}, {_id: 4, item: 'apple', type: 'jonathan', price: NumberDecimal('1.29')}, {_id: 5, item: 'apple', type: 'mcintosh', price: NumberDecimal('1.29')}, {_id: 7, item: 'orange', type: 'cara cara', price: NumberDecimal('2.99')}, {_id: 10, item: 'orange', type: 'navel', price: NumberDecimal('1.39')}, {_id: 9, item: 'orange', type: 'satsuma', price: NumberDecimal('1.99')}, {_id: 8, item: 'orange', type: 'valencia', price: NumberDecimal('0.99')}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["project fields: exclude fields"] = new(Inventory, "[{find: 'c', filter: {status: 'A'}, projection: {status: 0, instock: 0}, limit: 1}]", "[{_id: 1, item: 'journal', size: {h: 14, w: 21, uom: 'cm'}}]"),
        ["project fields: embedded field with dot notation"] = new(Inventory, "[{find: 'c', filter: {status: 'A'}, projection: {item: 1, status: 1, 'size.uom': 1}, limit: 1}]", "[{_id: 1, item: 'journal', status: 'A', size: {uom: 'cm'}}]"),
        ["project fields: embedded field with nested form"] = new(Inventory, "[{find: 'c', filter: {status: 'A'}, projection: {item: 1, status: 1, size: {uom: 1}}, limit: 1}]", "[{_id: 1, item: 'journal', status: 'A', size: {uom: 'cm'}}]"),
        ["project fields: suppress embedded field"] = new(Inventory, "[{find: 'c', filter: {status: 'A'}, projection: {'size.uom': 0}, limit: 1}]", "[{_id: 1, item: 'journal', status: 'A', size: {h: 14, w: 21}, instock: [{warehouse: 'A', qty: 5}]}]"),
        ["project fields: embedded documents in an array"] = new(Inventory, "[{find: 'c', filter: {status: 'A'}, projection: {item: 1, status: 1, 'instock.qty': 1}}]", "[{_id: 1, item: 'journal', status: 'A', instock: [{qty: 5}]}, {_id: 2, item: 'notebook', status: 'A', instock: [{qty: 5}]}, {_id: 5, item: 'postcard', status: 'A', instock: [{qty: 15}, {qty: 35}]}]"),
        ["project fields: last array element with $slice"] = new(Inventory, "[{find: 'c', filter: {item: 'postcard'}, projection: {item: 1, status: 1, instock: {$slice: -1}}}]", "[{_id: 5, item: 'postcard', status: 'A', instock: [{warehouse: 'C', qty: 35}]}]"),
        ["project fields: aggregation expressions"] = new(Inventory,
            "[{find: 'c', filter: {}, projection: {_id: 0, item: 1, status: {$switch: {branches: [{case: {$eq: ['$status', 'A']}, then: 'Available'}, {case: {$eq: ['$status', 'D']}, then: 'Discontinued'}], default: 'No status found'}}, area: {$concat: [{$toString: {$multiply: ['$size.h', '$size.w']}}, ' ', '$size.uom']}, reportNumber: {$literal: 1}}}]",
            "[{item: 'journal', status: 'Available', area: '294 cm', reportNumber: 1}, {item: 'notebook', status: 'Available', area: '93.5 in', reportNumber: 1}, {item: 'paper', status: 'Discontinued', area: '93.5 in', reportNumber: 1}, {item: 'planner', status: 'Discontinued', area: '685.5 cm', reportNumber: 1}, {item: 'postcard', status: 'Available', area: '152.5 cm', reportNumber: 1}]"),
        ["query for null: equality matches null and missing"] = new("{c: [{_id: 1, item: null}, {_id: 2}]}", "[{find: 'c', filter: {item: null}}]", "[{_id: 1, item: null}, {_id: 2}]"),
        ["query for null: type check"] = new("{c: [{_id: 1, item: null}, {_id: 2}]}", "[{find: 'c', filter: {item: {$type: 10}}}]", "[{_id: 1, item: null}]"),
        ["query for null: existence check"] = new("{c: [{_id: 1, item: null}, {_id: 2}]}", "[{find: 'c', filter: {item: {$exists: false}}}]", "[{_id: 2}]"),
        ["sort: consistent sort with _id"] = new(
            "{c: [{_id: 1, name: 'Central Park Cafe', borough: 'Manhattan'}, {_id: 2, name: 'Rock A Feller Bar and Grill', borough: 'Queens'}, {_id: 3, name: 'Empire State Pub', borough: 'Brooklyn'}, {_id: 4, name: \"Stan's Pizzaria\", borough: 'Manhattan'}, {_id: 5, name: \"Jane's Deli\", borough: 'Brooklyn'}]}",
            "[{find: 'c', filter: {}, sort: {borough: 1, _id: 1}, projection: {_id: 1}}]", "[{_id: 3}, {_id: 5}, {_id: 1}, {_id: 4}, {_id: 2}]"),
        ["sort: arrays by their smallest and largest element"] = new(
            "{c: [{_id: 1, s: [1, 8]}, {_id: 2, s: [5]}, {_id: 3, s: [3, 4]}, {_id: 4, s: 2}]}",
            "[{aggregate: 'c', pipeline: [{$facet: {asc: [{$sort: {s: 1}}, {$project: {_id: 1}}], desc: [{$sort: {s: -1}}, {$project: {_id: 1}}]}}]}]",
            "[{asc: [{_id: 1}, {_id: 4}, {_id: 3}, {_id: 2}], desc: [{_id: 1}, {_id: 2}, {_id: 3}, {_id: 4}]}]"),
        ["$type: string alias and number 2"] = new(AddressBook, "[{find: 'c', filter: {zipCode: {$type: 'string'}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 5}]"),
        ["$type: double"] = new(AddressBook, "[{find: 'c', filter: {zipCode: {$type: 1}}, projection: {_id: 1}}]", "[{_id: 2}]"),
        ["$type: number alias"] = new(AddressBook, "[{find: 'c', filter: {zipCode: {$type: 'number'}}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}, {_id: 4}]"),
        ["$type: list of types"] = new(
            "{c: [{_id: 1, name: 'Alice King', classAverage: 87.333333333333333}, {_id: 2, name: 'Bob Jenkins', classAverage: '83.52'}, {_id: 3, name: 'Cathy Hart', classAverage: '94.06'}, {_id: 4, name: 'Drew Williams', classAverage: 93}]}",
            "[{find: 'c', filter: {classAverage: {$type: [2, 1]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}]"),
        ["$type: array"] = new(
            "{c: [{_id: 1, readings: [25, 23, ['Warn: High Temp!', 55], ['ERROR: SYSTEM SHUTDOWN!', 66]]}, {_id: 2, readings: [25, 25, 24, 23]}, {_id: 3, readings: [22, 24, []]}, {_id: 4, readings: []}, {_id: 5, readings: 24}]}",
            "[{find: 'c', filter: {readings: {$type: 'array'}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}, {_id: 4}]"),
        ["$type: minKey in an array of documents"] = new(
            "{c: [{_id: 1, grades: [{grade: 'C', score: 15}, {grade: {$minKey: 1}, score: 5}]}, {_id: 2, grades: [{grade: {$maxKey: 1}, score: 15}, {grade: 'A', score: 5}]}]}",
            "[{find: 'c', filter: {'grades.grade': {$type: 'minKey'}}, projection: {_id: 1}}]", "[{_id: 1}]"),
        ["$mod: remainder"] = new(
            "{c: [{_id: 1, item: 'abc123', qty: 0}, {_id: 2, item: 'xyz123', qty: 5}, {_id: 3, item: 'ijk123', qty: 12}]}",
            "[{find: 'c', filter: {qty: {$mod: [4, 0]}}}]", "[{_id: 1, item: 'abc123', qty: 0}, {_id: 3, item: 'ijk123', qty: 12}]"),
        ["$mod: floating point divisor is truncated"] = new(
            "{c: [{_id: 1, qty: 0}, {_id: 2, qty: 5}, {_id: 3, qty: 12}]}",
            "[{find: 'c', filter: {qty: {$mod: [4.5, 0]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$mod: negative divisor"] = new(
            "{c: [{_id: 1, qty: 0}, {_id: 2, qty: 5}, {_id: 3, qty: 12}]}",
            "[{find: 'c', filter: {qty: {$mod: [-4, 0]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$mod: not enough elements"] = new("{c: [{_id: 1, qty: 0}]}", "[{find: 'c', filter: {qty: {$mod: [4]}}}]", "error 2"),
        ["$mod: too many elements"] = new("{c: [{_id: 1, qty: 0}]}", "[{find: 'c', filter: {qty: {$mod: [4, 1, 2]}}}]", "error 2"),
        ["$regex: ends with"] = new(Products, "[{find: 'c', filter: {sku: {$regex: '789$'}}, projection: {_id: 1}}]", "[{_id: 101}, {_id: 103}, {_id: 104}]"),
        ["$regex: case insensitive"] = new(Products, "[{find: 'c', filter: {sku: {$regex: '^ABC', $options: 'i'}}, projection: {_id: 1}}]", "[{_id: 100}, {_id: 101}, {_id: 104}]"),
        ["$regex: multiline anchors"] = new(Products, "[{find: 'c', filter: {description: {$regex: '^S', $options: 'm'}}, projection: {_id: 1}}]", "[{_id: 100}, {_id: 101}, {_id: 104}]"),
        ["$regex: without multiline"] = new(Products, "[{find: 'c', filter: {description: {$regex: '^S'}}, projection: {_id: 1}}]", "[{_id: 100}, {_id: 104}]"),
        ["$regex: dot matches newline with s"] = new(Products, "[{find: 'c', filter: {description: {$regex: 'm.*line', $options: 'si'}}, projection: {_id: 1}}]", "[{_id: 102}, {_id: 103}]"),
        ["$regex: dot without s"] = new(Products, "[{find: 'c', filter: {description: {$regex: 'm.*line', $options: 'i'}}, projection: {_id: 1}}]", "[{_id: 102}]"),
        ["$regex: extended ignores whitespace and comments"] = new(Products, "[{find: 'c', filter: {sku: {$regex: 'abc #category code\\n123 #item number', $options: 'x'}}, projection: {_id: 1}}]", "[{_id: 100}]"),
        ["$regex: in $in"] = new(Products, "[{find: 'c', filter: {sku: {$in: [/^ABC/i, 'xyz456']}}, projection: {_id: 1}}]", "[{_id: 100}, {_id: 101}, {_id: 102}, {_id: 104}]"),
        ["$bitsAllSet: positions"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAllSet: [1, 5]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 4}]"),
        ["$bitsAllSet: bitmask"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAllSet: 50}}, projection: {_id: 1}}]", "[{_id: 1}]"),
        ["$bitsAllSet: BinData"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAllSet: BinData(0, 'MA==')}}, projection: {_id: 1}}]", "[{_id: 1}]"),
        ["$bitsAnySet: positions"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAnySet: [1, 5]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 4}]"),
        ["$bitsAllClear: positions"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAllClear: [1, 5]}}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}]"),
        ["$bitsAnyClear: bitmask"] = new(Bits, "[{find: 'c', filter: {a: {$bitsAnyClear: 35}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}, {_id: 4}]"),
        ["$exists: with null values"] = new(
            "{c: [{_id: 1, saffron: 5, cinnamon: 5, mustard: null}, {_id: 2, saffron: 3, cinnamon: null, mustard: 8}, {_id: 3, saffron: null, cinnamon: 3, mustard: 9}, {_id: 4, saffron: 1, cinnamon: 2, mustard: 3}, {_id: 5, saffron: 2, mustard: 5}, {_id: 6, saffron: 3, cinnamon: 2}, {_id: 7, saffron: 4}, {_id: 8, cinnamon: 2, mustard: 4}, {_id: 9, cinnamon: 2}, {_id: 10, mustard: 6}]}",
            "[{find: 'c', filter: {cinnamon: {$exists: false}}, projection: {_id: 1}}]", "[{_id: 5}, {_id: 7}, {_id: 10}]"),
        ["$in: null matches missing"] = new(
            "{c: [{_id: 1, item: null}, {_id: 2}, {_id: 3, item: 'x'}, {_id: 4, item: [null, 'y']}]}",
            "[{find: 'c', filter: {item: {$in: [null]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 4}]"),
        ["$nin: null excludes missing"] = new(
            "{c: [{_id: 1, item: null}, {_id: 2}, {_id: 3, item: 'x'}, {_id: 4, item: [null, 'y']}]}",
            "[{find: 'c', filter: {item: {$nin: [null]}}, projection: {_id: 1}}]", "[{_id: 3}]"),
        ["$not: regex"] = new(
            "{c: [{_id: 1, item: 'paper'}, {_id: 2, item: 'journal'}, {_id: 3}]}",
            "[{find: 'c', filter: {item: {$not: /^p.*/}}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}]"),
        ["$not: $regex operator"] = new(
            "{c: [{_id: 1, item: 'paper'}, {_id: 2, item: 'journal'}, {_id: 3}]}",
            "[{find: 'c', filter: {item: {$not: {$regex: '^p.*'}}}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}]"),
        ["$not: operator expression missing field"] = new(
            "{c: [{_id: 1, price: 1.99}, {_id: 2, price: 2.5}, {_id: 3}]}",
            "[{find: 'c', filter: {price: {$not: {$gt: 1.99}}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$not: plain value is refused"] = new("{c: [{_id: 1}]}", "[{find: 'c', filter: {price: {$not: 5}}}]", "error 2"),
        ["$nor: with missing fields"] = new(
            "{c: [{_id: 1, price: 1.99, sale: true}, {_id: 2, price: 1.99, sale: false}, {_id: 3, sale: true}, {_id: 4, price: 2.0}, {_id: 5}]}",
            "[{find: 'c', filter: {$nor: [{price: 1.99}, {sale: true}]}, projection: {_id: 1}}]", "[{_id: 4}, {_id: 5}]"),
        ["$expr: compare two fields"] = new(
            "{c: [{_id: 1, category: 'food', budget: 400, spent: 450}, {_id: 2, category: 'drinks', budget: 100, spent: 150}, {_id: 3, category: 'clothes', budget: 100, spent: 50}, {_id: 4, category: 'misc', budget: 500, spent: 300}, {_id: 5, category: 'travel', budget: 200, spent: 650}]}",
            "[{find: 'c', filter: {$expr: {$gt: ['$spent', '$budget']}}}]",
            "[{_id: 1, category: 'food', budget: 400, spent: 450}, {_id: 2, category: 'drinks', budget: 100, spent: 150}, {_id: 5, category: 'travel', budget: 200, spent: 650}]"),
        ["$expr: conditional discount"] = new(
            "{c: [{_id: 1, item: 'binder', qty: 100, price: NumberDecimal('12')}, {_id: 2, item: 'notebook', qty: 200, price: NumberDecimal('8')}, {_id: 3, item: 'pencil', qty: 50, price: NumberDecimal('6')}, {_id: 4, item: 'eraser', qty: 150, price: NumberDecimal('3')}, {_id: 5, item: 'legal pad', qty: 42, price: NumberDecimal('10')}]}",
            "[{find: 'c', filter: {$expr: {$lt: [{$cond: {if: {$gte: ['$qty', 100]}, then: {$multiply: ['$price', NumberDecimal('0.50')]}, else: {$multiply: ['$price', NumberDecimal('0.75')]}}}, 5]}}, projection: {_id: 1}}]",
            "[{_id: 2}, {_id: 3}, {_id: 4}]"),
        ["$all: with $elemMatch"] = new(
            "{c: [{_id: 1, code: 'xyz', tags: ['school', 'book', 'bag', 'headphone', 'appliance'], qty: [{size: 'S', num: 10, color: 'blue'}, {size: 'M', num: 45, color: 'blue'}, {size: 'L', num: 100, color: 'green'}]}, {_id: 2, code: 'abc', tags: ['appliance', 'school', 'book'], qty: [{size: '6', num: 100, color: 'green'}, {size: '6', num: 50, color: 'blue'}, {size: '8', num: 100, color: 'brown'}]}, {_id: 3, code: 'efg', tags: ['school', 'book'], qty: [{size: 'S', num: 10, color: 'blue'}, {size: 'M', num: 100, color: 'blue'}, {size: 'L', num: 100, color: 'green'}]}, {_id: 4, code: 'ijk', tags: ['electronics', 'school'], qty: [{size: 'M', num: 100, color: 'green'}]}]}",
            "[{find: 'c', filter: {qty: {$all: [{$elemMatch: {size: 'M', num: {$gt: 50}}}, {$elemMatch: {num: 100, color: 'green'}}]}}, projection: {_id: 1}}]", "[{_id: 3}, {_id: 4}]"),
        ["$all: single nested array element"] = new(
            "{c: [{_id: 1, tags: [['ssl', 'security'], 'x']}, {_id: 2, tags: ['ssl', 'security']}, {_id: 3, tags: [['ssl', 'security']]}]}",
            "[{find: 'c', filter: {tags: {$all: [['ssl', 'security']]}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}]"),
        ["$size: exact length only"] = new(
            "{c: [{_id: 1, field: ['red', 'green']}, {_id: 2, field: ['apple', 'lime']}, {_id: 3, field: 'fruit'}, {_id: 4, field: ['orange', 'lemon', 'grapefruit']}]}",
            "[{find: 'c', filter: {field: {$size: 2}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}]"),
        ["$jsonSchema: required and bsonType"] = new(
            "{c: [{_id: 1, item: 'journal', qty: 25, size: {h: 14, w: 21, uom: 'cm'}, instock: true}, {_id: 2, item: 'notebook', qty: 50, size: {h: 8.5, w: 11, uom: 'in'}, instock: true}, {_id: 3, item: 'paper', qty: 100, size: {h: 8.5, w: 11, uom: 'in'}, instock: 1}, {_id: 4, item: 'planner', qty: 75, size: {h: 22.85, w: 30, uom: 'cm'}, instock: 1}, {_id: 5, item: 'postcard', qty: 45, size: {h: 10, w: 15.25, uom: 'cm'}, instock: true}, {_id: 6, item: 'apple', qty: 45, status: 'A', instock: true}, {_id: 7, item: 'pears', qty: 50, status: 'A', instock: true}]}",
            "[{find: 'c', filter: {$jsonSchema: {required: ['item', 'qty', 'instock'], properties: {item: {bsonType: 'string'}, qty: {bsonType: 'int'}, size: {bsonType: 'object', required: ['uom'], properties: {uom: {bsonType: 'string'}, h: {bsonType: 'double'}, w: {bsonType: 'double'}}}, instock: {bsonType: 'bool'}}}}, projection: {_id: 1}}]",
            "[{_id: 6}, {_id: 7}]"),
        ["find: let variables in $expr"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{find: 'c', filter: {$expr: {$eq: ['$flavor', '$$targetFlavor']}}, projection: {_id: 0}, let: {targetFlavor: 'chocolate'}}]",
            "[{flavor: 'chocolate'}]"),
        ["find: collation strength 1 ignores case and accents"] = new(Cafe, "[{find: 'c', filter: {category: 'cafe'}, collation: {locale: 'fr', strength: 1}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}]"),
        ["find: collation strength 2 ignores case only"] = new(Cafe, "[{find: 'c', filter: {category: 'cafe'}, collation: {locale: 'fr', strength: 2}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}]"),
        ["find: simple collation is binary"] = new(Cafe, "[{find: 'c', filter: {category: 'cafe'}, collation: {locale: 'simple'}, projection: {_id: 1}}]", "[{_id: 2}]"),
        ["find: sort under a collation"] = new(Cafe, "[{find: 'c', sort: {category: 1}, collation: {locale: 'fr'}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}, {_id: 1}]"),
        ["find: sort with caseFirst upper"] = new(Cafe, "[{find: 'c', sort: {category: 1}, collation: {locale: 'fr', caseFirst: 'upper'}, projection: {_id: 1}}]", "[{_id: 3}, {_id: 2}, {_id: 1}]"),
        ["find: numericOrdering"] = new("{c: [{_id: 1, a: '100'}, {_id: 2, a: '25'}, {_id: 3, a: '3'}]}", "[{find: 'c', sort: {a: 1}, collation: {locale: 'en_US', numericOrdering: true}, projection: {_id: 1}}]", "[{_id: 3}, {_id: 2}, {_id: 1}]"),
        ["createCollection: default collation applies to queries"] = new("{}",
            "[{create: 'myColl', collation: {locale: 'fr', strength: 1}}, {insert: 'myColl', documents: [{_id: 1, category: 'café'}, {_id: 2, category: 'cafe'}, {_id: 3, category: 'tea'}]}, {find: 'myColl', filter: {category: 'CAFE'}, projection: {_id: 1}}]",
            "[{_id: 1}, {_id: 2}]"),
        ["createCollection: simple collation overrides the default"] = new("{}",
            "[{create: 'myColl', collation: {locale: 'fr', strength: 1}}, {insert: 'myColl', documents: [{_id: 1, category: 'café'}, {_id: 2, category: 'cafe'}]}, {find: 'myColl', filter: {category: 'cafe'}, collation: {locale: 'simple'}, projection: {_id: 1}}]",
            "[{_id: 2}]"),
        ["cursor.min: from a compound index key"] = new(Fruit,
            "[{createIndexes: 'c', indexes: [{key: {item: 1, type: 1}, name: 'item_1_type_1'}, {key: {price: 1}, name: 'price_1'}]}, {find: 'c', min: {item: 'apple', type: 'jonagold'}, hint: {item: 1, type: 1}, projection: {_id: 1}}]",
            "[{_id: 3}, {_id: 4}, {_id: 5}, {_id: 7}, {_id: 10}, {_id: 9}, {_id: 8}]"),
        ["cursor.max: exclusive upper bound"] = new(Fruit,
            "[{createIndexes: 'c', indexes: [{key: {price: 1}, name: 'price_1'}]}, {find: 'c', max: {price: NumberDecimal('1.99')}, hint: {price: 1}, projection: {_id: 1}}]",
            "[{_id: 6}, {_id: 8}, {_id: 3}, {_id: 4}, {_id: 5}, {_id: 10}]"),
        ["cursor.min: needs a hint"] = new(Fruit, "[{find: 'c', min: {price: 1}}]", "error 51173"),
        ["find: collation applies to $in"] = new(Cafe, "[{find: 'c', filter: {category: {$in: ['CAFE', 'tea']}}, collation: {locale: 'fr', strength: 2}, projection: {_id: 1}}]", "[{_id: 2}, {_id: 3}]"),
        ["count: collation"] = new(Cafe, "[{count: 'c', query: {category: 'CAFE'}, collation: {locale: 'en', strength: 2}}]", "[{n: 2}]"),
        ["$geoWithin: GeoJSON polygon"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$geometry: {type: 'Polygon', coordinates: [[[0, 0], [3, 6], [6, 1], [0, 0]]]}}}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$geoWithin: $centerSphere in radians"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$centerSphere: [[-88, 30], 0.002523214]}}}, projection: {_id: 1}}]", "[{_id: 4}]"),
        ["$geoWithin: $box with boundary and multiple locations"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$box: [[0, 0], [100, 100]]}}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 2}, {_id: 3}, {_id: 6}, {_id: 7}]"),
        ["$geoWithin: $center"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$center: [[0, 0], 5]}}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$geoWithin: $polygon"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$polygon: [[0, 0], [3, 6], [6, 0]]}}}, projection: {_id: 1}}]", "[{_id: 1}, {_id: 3}]"),
        ["$geoWithin: unknown shape"] = new(Places, "[{find: 'c', filter: {loc: {$geoWithin: {$triangle: []}}}}]", "error 2"),
        ["projection $: first matching value"] = new(Students, "[{find: 'c', filter: {semester: 1, grades: {$gte: 85}}, projection: {'grades.$': 1}}]", "[{_id: 1, grades: [87]}, {_id: 2, grades: [90]}, {_id: 3, grades: [85]}]"),
        ["projection $: array of documents"] = new(Students, "[{find: 'c', filter: {'grades.mean': {$gt: 70}}, projection: {'grades.$': 1}}]", "[{_id: 7, grades: [{grade: 80, mean: 75, std: 8}]}, {_id: 8, grades: [{grade: 92, mean: 88, std: 8}]}]"),
        ["projection $: with $elemMatch in the filter"] = new(Students, "[{find: 'c', filter: {grades: {$elemMatch: {mean: {$gt: 70}, grade: {$gt: 90}}}}, projection: {'grades.$': 1}}]", "[{_id: 8, grades: [{grade: 92, mean: 88, std: 8}]}]"),
        ["projection $elemMatch: one condition"] = new(Schools, "[{find: 'c', filter: {zipcode: '63109'}, projection: {students: {$elemMatch: {school: 102}}}}]", "[{_id: 1, students: [{name: 'john', school: 102, age: 10}]}, {_id: 3}, {_id: 4, students: [{name: 'barney', school: 102, age: 7}]}]"),
        ["projection $elemMatch: two conditions"] = new(Schools, "[{find: 'c', filter: {zipcode: '63109'}, projection: {students: {$elemMatch: {school: 102, age: {$gt: 10}}}}}]", "[{_id: 1, students: [{name: 'jess', school: 102, age: 11}]}, {_id: 3}, {_id: 4, students: [{name: 'ruth', school: 102, age: 16}]}]"),
        ["projection $elemMatch: with an included field"] = new(Schools, "[{find: 'c', filter: {zipcode: '63109'}, projection: {students: {$elemMatch: {school: 102}}, zipcode: 1}}]", "[{_id: 1, zipcode: '63109', students: [{name: 'john', school: 102, age: 10}]}, {_id: 3, zipcode: '63109'}, {_id: 4, zipcode: '63109', students: [{name: 'barney', school: 102, age: 7}]}]"),
        ["projection $slice: first three"] = new(Posts, "[{find: 'c', filter: {}, projection: {comments: {$slice: 3}}}]", "[{_id: 1, title: 'Bagels are not croissants.', comments: [{comment: '0. true'}, {comment: \"1. croissants aren't bagels.\"}]}, {_id: 2, title: 'Coffee please.', comments: [{comment: '0. fooey'}, {comment: '1. tea please'}, {comment: '2. iced coffee'}]}]"),
        ["projection $slice: last three"] = new(Posts, "[{find: 'c', filter: {}, projection: {comments: {$slice: -3}}}]", "[{_id: 1, title: 'Bagels are not croissants.', comments: [{comment: '0. true'}, {comment: \"1. croissants aren't bagels.\"}]}, {_id: 2, title: 'Coffee please.', comments: [{comment: '2. iced coffee'}, {comment: '3. cappuccino'}, {comment: '4. whatever'}]}]"),
        ["projection $slice: skip and limit"] = new(Posts, "[{find: 'c', filter: {}, projection: {comments: {$slice: [1, 3]}}}]", "[{_id: 1, title: 'Bagels are not croissants.', comments: [{comment: \"1. croissants aren't bagels.\"}]}, {_id: 2, title: 'Coffee please.', comments: [{comment: '1. tea please'}, {comment: '2. iced coffee'}, {comment: '3. cappuccino'}]}]"),
        ["projection $slice: negative skip"] = new(Posts, "[{find: 'c', filter: {}, projection: {comments: {$slice: [-1, 3]}}}]", "[{_id: 1, title: 'Bagels are not croissants.', comments: [{comment: \"1. croissants aren't bagels.\"}]}, {_id: 2, title: 'Coffee please.', comments: [{comment: '4. whatever'}]}]"),
        ["projection $slice: embedded array with inclusion"] = new(
            "{c: [{_id: 1, item: 'socks', qty: 100, details: {colors: ['blue', 'red'], sizes: ['S', 'M', 'L']}}]}",
            "[{find: 'c', filter: {}, projection: {qty: 1, 'details.colors': {$slice: 1}}}]", "[{_id: 1, qty: 100, details: {colors: ['blue']}}]"),
        ["projection $slice: embedded array with exclusion"] = new(
            "{c: [{_id: 1, item: 'socks', qty: 100, details: {colors: ['blue', 'red'], sizes: ['S', 'M', 'L']}}]}",
            "[{find: 'c', filter: {}, projection: {_id: 0, 'details.colors': {$slice: 1}}}]", "[{item: 'socks', qty: 100, details: {colors: ['blue'], sizes: ['S', 'M', 'L']}}]"),
        ["find: projection with aggregation expressions"] = new(
            "{c: [{_id: 1, name: {first: 'John', last: 'Backus'}, birth: ISODate('1924-12-03T05:00:00Z'), death: ISODate('2007-03-17T04:00:00Z'), contribs: ['Fortran', 'ALGOL', 'Backus-Naur Form', 'FP'], awards: [{award: 'W.W. McDowell Award', year: 1967, by: 'IEEE Computer Society'}, {award: 'Draper Prize', year: 1993, by: 'National Academy of Engineering'}]}, {_id: 2, name: {first: 'Grace', last: 'Hopper', aka: 'Amazing Grace'}, birth: ISODate('1906-12-09T05:00:00Z'), contribs: ['COBOL']}]}",
            "[{find: 'c', filter: {}, projection: {_id: 0, name: {$concat: [{$ifNull: ['$name.aka', '$name.first']}, ' ', '$name.last']}, birth: 1, contribs: 1, awards: {$cond: {if: {$isArray: '$awards'}, then: {$size: '$awards'}, else: 0}}, reportBy: 'hellouser123', reportNumber: {$literal: 1}}}]",
            "[{birth: ISODate('1924-12-03T05:00:00Z'), contribs: ['Fortran', 'ALGOL', 'Backus-Naur Form', 'FP'], name: 'John Backus', awards: 2, reportBy: 'hellouser123', reportNumber: 1}, {birth: ISODate('1906-12-09T05:00:00Z'), contribs: ['COBOL'], name: 'Amazing Grace Hopper', awards: 0, reportBy: 'hellouser123', reportNumber: 1}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);

    [Fact]
    public async Task Collation_holds_in_later_getMore_batches()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("c");
        await collection.InsertManyAsync(new[] { "{_id: 1, category: 'café'}", "{_id: 2, category: 'cafe'}", "{_id: 3, category: 'cafE'}", "{_id: 4, category: 'tea'}" }.Select(BsonDocument.Parse));
        var options = new FindOptions { Collation = new Collation("fr", strength: CollationStrength.Primary), BatchSize = 1 };
        var found = await collection.Find(BsonDocument.Parse("{category: 'CAFE'}"), options).ToListAsync();
        Assert.Equal([1, 2, 3], found.Select(d => d["_id"].AsInt32));
    }
}
