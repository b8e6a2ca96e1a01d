using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's set and type expression operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageSetTypeManualTests(MongoTarget target)
{
    private const string Flowers = "{flowers: [{_id: 1, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid']}, {_id: 2, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['orchid', 'rose', 'orchid']}, {_id: 3, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid', 'jasmine']}, {_id: 4, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['jasmine', 'rose']}, {_id: 5, flowerFieldA: ['rose', 'orchid'], flowerFieldB: []}, {_id: 6, flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose'], ['orchid']]}, {_id: 7, flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose', 'orchid']]}, {_id: 8, flowerFieldA: [], flowerFieldB: []}, {_id: 9, flowerFieldA: [], flowerFieldB: ['rose']}]}";

    private const string Survey = "{survey: [{_id: 1, responses: [true]}, {_id: 2, responses: [true, false]}, {_id: 3, responses: []}, {_id: 4, responses: [1, true, 'seven']}, {_id: 5, responses: [0]}, {_id: 6, responses: [[]]}, {_id: 7, responses: [[0]]}, {_id: 8, responses: [[false]]}, {_id: 9, responses: [null]}, {_id: 10, responses: [undefined]}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$setDifference: in B only"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {flowerFieldA: 1, flowerFieldB: 1, inBOnly: {$setDifference: ['$flowerFieldB', '$flowerFieldA']}, _id: 0}}]}]",
            "[{flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid'], inBOnly: []}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['orchid', 'rose', 'orchid'], inBOnly: []}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid', 'jasmine'], inBOnly: ['jasmine']}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['jasmine', 'rose'], inBOnly: ['jasmine']}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: [], inBOnly: []}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose'], ['orchid']], inBOnly: [['rose'], ['orchid']]}, {flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose', 'orchid']], inBOnly: [['rose', 'orchid']]}, {flowerFieldA: [], flowerFieldB: [], inBOnly: []}, {flowerFieldA: [], flowerFieldB: ['rose'], inBOnly: ['rose']}]"),
        ["$setEquals: same elements"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {_id: 0, sameElements: {$setEquals: ['$flowerFieldA', '$flowerFieldB']}}}]}]",
            "[{sameElements: true}, {sameElements: true}, {sameElements: false}, {sameElements: false}, {sameElements: false}, {sameElements: false}, {sameElements: false}, {sameElements: true}, {sameElements: false}]"),
        ["$setIsSubset: A is a subset of B"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {_id: 0, AisSubset: {$setIsSubset: ['$flowerFieldA', '$flowerFieldB']}}}]}]",
            "[{AisSubset: true}, {AisSubset: true}, {AisSubset: true}, {AisSubset: false}, {AisSubset: false}, {AisSubset: false}, {AisSubset: false}, {AisSubset: true}, {AisSubset: true}]"),
        ["$setIntersection: common to both"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {_id: 0, n: {$size: {$setIntersection: ['$flowerFieldA', '$flowerFieldB']}}, u: {$size: {$setUnion: ['$flowerFieldA', '$flowerFieldB']}}}}]}]",
            "[{n: 2, u: 2}, {n: 2, u: 2}, {n: 2, u: 3}, {n: 1, u: 3}, {n: 0, u: 2}, {n: 0, u: 4}, {n: 0, u: 3}, {n: 0, u: 0}, {n: 0, u: 1}]"),
        ["$setUnion: a missing field gives null"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$match: {_id: 1}}, {$project: {_id: 0, u: {$setUnion: ['$flowerFieldA', '$nothing']}, i: {$setIntersection: ['$flowerFieldA', null]}, d: {$setDifference: [null, '$flowerFieldA']}}}]}]",
            "[{u: null, i: null, d: null}]"),
        ["$setEquals: a non-array is an error"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {r: {$setEquals: ['$flowerFieldA', '$nothing']}}}]}]",
            "error 17044"),
        ["$setIsSubset: a non-array is an error"] = new(
            Flowers,
            "[{aggregate: 'flowers', pipeline: [{$project: {r: {$setIsSubset: ['$flowerFieldA', 'rose']}}}]}]",
            "error 17042"),
        ["$anyElementTrue: survey responses"] = new(
            Survey,
            "[{aggregate: 'survey', pipeline: [{$project: {responses: 1, isAnyTrue: {$anyElementTrue: ['$responses']}, _id: 0}}]}]",
            "[{responses: [true], isAnyTrue: true}, {responses: [true, false], isAnyTrue: true}, {responses: [], isAnyTrue: false}, {responses: [1, true, 'seven'], isAnyTrue: true}, {responses: [0], isAnyTrue: false}, {responses: [[]], isAnyTrue: true}, {responses: [[0]], isAnyTrue: true}, {responses: [[false]], isAnyTrue: true}, {responses: [null], isAnyTrue: false}, {responses: [undefined], isAnyTrue: false}]"),
        ["$allElementsTrue: survey responses"] = new(
            Survey,
            "[{aggregate: 'survey', pipeline: [{$project: {responses: 1, isAllTrue: {$allElementsTrue: ['$responses']}, _id: 0}}]}]",
            "[{responses: [true], isAllTrue: true}, {responses: [true, false], isAllTrue: false}, {responses: [], isAllTrue: true}, {responses: [1, true, 'seven'], isAllTrue: true}, {responses: [0], isAllTrue: false}, {responses: [[]], isAllTrue: true}, {responses: [[0]], isAllTrue: true}, {responses: [[false]], isAllTrue: true}, {responses: [null], isAllTrue: false}, {responses: [undefined], isAllTrue: false}]"),
        ["$anyElementTrue: a non-array is an error"] = new(
            Survey,
            "[{aggregate: 'survey', pipeline: [{$project: {r: {$anyElementTrue: ['$nothing']}}}]}]",
            "error 17041"),
        ["$type: of each value"] = new(
            "{coll: [{_id: 0, a: 8.0}, {_id: 1, a: [41.63, 88.19]}, {_id: 2, a: {a: 'apple', b: 'banana', c: 'carrot'}}, {_id: 3, a: 'caribou'}, {_id: 4, a: NumberLong(71)}, {_id: 5}]}",
            "[{aggregate: 'coll', pipeline: [{$project: {a: {$type: '$a'}}}]}]",
            "[{_id: 0, a: 'double'}, {_id: 1, a: 'array'}, {_id: 2, a: 'object'}, {_id: 3, a: 'string'}, {_id: 4, a: 'long'}, {_id: 5, a: 'missing'}]"),
        ["$type: other BSON types"] = new(
            "{c: [{_id: 1, o: ObjectId('5ab9c3da31c2ab715d421285'), d: ISODate('2018-03-27T00:00:00Z'), t: Timestamp(1, 2), r: /a/, b: BinData(0, 'AQ=='), n: null, m: MinKey, x: MaxKey, i: 1, f: false, dec: NumberDecimal('1')}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, o: {$type: '$o'}, d: {$type: '$d'}, t: {$type: '$t'}, r: {$type: '$r'}, b: {$type: '$b'}, n: {$type: '$n'}, m: {$type: '$m'}, x: {$type: '$x'}, i: {$type: '$i'}, f: {$type: '$f'}, dec: {$type: '$dec'}}}]}]",
            "[{o: 'objectId', d: 'date', t: 'timestamp', r: 'regex', b: 'binData', n: 'null', m: 'minKey', x: 'maxKey', i: 'int', f: 'bool', dec: 'decimal'}]"),
        ["$isNumber: readings and their types"] = new(
            "{sensors: [{_id: 1, reading: NumberDecimal('26.0000000000000')}, {_id: 2, reading: NumberLong(25)}, {_id: 3, reading: 24}, {_id: 4, reading: 24.0}, {_id: 5, reading: '24'}, {_id: 6, reading: [NumberDecimal('26')]}]}",
            "[{aggregate: 'sensors', pipeline: [{$addFields: {isNumber: {$isNumber: '$reading'}, hasType: {$type: '$reading'}}}]}]",
            "[{_id: 1, reading: NumberDecimal('26.0000000000000'), isNumber: true, hasType: 'decimal'}, {_id: 2, reading: NumberLong(25), isNumber: true, hasType: 'long'}, {_id: 3, reading: 24, isNumber: true, hasType: 'int'}, {_id: 4, reading: 24.0, isNumber: true, hasType: 'double'}, {_id: 5, reading: '24', isNumber: false, hasType: 'string'}, {_id: 6, reading: [NumberDecimal('26')], isNumber: false, hasType: 'array'}]"),
        ["$isNumber: grade point average"] = new(
            "{grades: [{_id: 1, student_id: 457864153, class_id: 'M044', class_desc: 'Introduction to MongoDB 4.4', grade: 'A'}, {_id: 2, student_id: 457864153, class_id: 'M103', class_desc: 'Basic Cluster Administration', grade: 3.0}, {_id: 3, student_id: 978451637, class_id: 'M320', class_desc: 'MongoDB Data Modeling', grade: 'C'}, {_id: 4, student_id: 978451637, class_id: 'M001', class_desc: 'MongoDB Basics', grade: 4.0}]}",
            "[{aggregate: 'grades', pipeline: [{$addFields: {points: {$cond: {if: {$isNumber: '$grade'}, then: '$grade', else: {$switch: {branches: [{case: {$eq: ['$grade', 'A']}, then: 4.0}, {case: {$eq: ['$grade', 'B']}, then: 3.0}, {case: {$eq: ['$grade', 'C']}, then: 2.0}, {case: {$eq: ['$grade', 'D']}, then: 1.0}, {case: {$eq: ['$grade', 'F']}, then: 0.0}]}}}}}}, {$group: {_id: '$student_id', GPA: {$avg: '$points'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 457864153, GPA: 3.5}, {_id: 978451637, GPA: 3.0}]"),
        ["$toString: sort by converted zip code"] = new(
            "{orders: [{_id: 1, item: 'apple', qty: 5, zipcode: 35110}, {_id: 2, item: 'almonds', qty: 5, zipcode: '12345-0030'}, {_id: 3, item: 'peaches', qty: 5, zipcode: 12345}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedZipCode: {$toString: '$zipcode'}}}, {$sort: {convertedZipCode: 1}}]}]",
            "[{_id: 3, item: 'peaches', qty: 5, zipcode: 12345, convertedZipCode: '12345'}, {_id: 2, item: 'almonds', qty: 5, zipcode: '12345-0030', convertedZipCode: '12345-0030'}, {_id: 1, item: 'apple', qty: 5, zipcode: 35110, convertedZipCode: '35110'}]"),
        ["$toInt and $toDecimal: total price"] = new(
            "{orders: [{_id: 1, item: 'apple', qty: '5', price: 10}, {_id: 2, item: 'pie', qty: '10', price: NumberDecimal('20.0')}, {_id: 3, item: 'ice cream', qty: '2', price: '4.99'}, {_id: 4, item: 'almonds', qty: '5', price: 5}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedPrice: {$toDecimal: '$price'}, convertedQty: {$toInt: '$qty'}}}, {$project: {item: 1, totalPrice: {$multiply: ['$convertedPrice', '$convertedQty']}}}]}]",
            "[{_id: 1, item: 'apple', totalPrice: NumberDecimal('50')}, {_id: 2, item: 'pie', totalPrice: NumberDecimal('200.0')}, {_id: 3, item: 'ice cream', totalPrice: NumberDecimal('9.98')}, {_id: 4, item: 'almonds', totalPrice: NumberDecimal('25')}]"),
        ["$toLong: sort by converted quantity"] = new(
            "{orders: [{_id: 1, item: 'apple', qty: 5}, {_id: 2, item: 'pie', qty: '100'}, {_id: 3, item: 'ice cream', qty: NumberLong(500)}, {_id: 4, item: 'almonds', qty: '50'}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedQty: {$toLong: '$qty'}}}, {$sort: {convertedQty: -1}}]}]",
            "[{_id: 3, item: 'ice cream', qty: NumberLong(500), convertedQty: NumberLong(500)}, {_id: 2, item: 'pie', qty: '100', convertedQty: NumberLong(100)}, {_id: 4, item: 'almonds', qty: '50', convertedQty: NumberLong(50)}, {_id: 1, item: 'apple', qty: 5, convertedQty: NumberLong(5)}]"),
        ["$toDouble: degrees from a temperature string"] = new(
            "{weather: [{_id: 1, date: ISODate('2018-06-01T00:00:00Z'), temp: '26.1C'}, {_id: 2, date: ISODate('2018-06-02T00:00:00Z'), temp: '25.1C'}, {_id: 3, date: ISODate('2018-06-03T00:00:00Z'), temp: '25.4C'}]}",
            "[{aggregate: 'weather', pipeline: [{$addFields: {degrees: {$toDouble: {$substrBytes: ['$temp', 0, 4]}}}}]}]",
            "[{_id: 1, date: ISODate('2018-06-01T00:00:00Z'), temp: '26.1C', degrees: 26.1}, {_id: 2, date: ISODate('2018-06-02T00:00:00Z'), temp: '25.1C', degrees: 25.1}, {_id: 3, date: ISODate('2018-06-03T00:00:00Z'), temp: '25.4C', degrees: 25.4}]"),
        ["$toBool: unshipped orders"] = new(
            "{orders: [{_id: 1, item: 'apple', qty: 5, shipped: true}, {_id: 2, item: 'pie', qty: 10, shipped: 0}, {_id: 3, item: 'ice cream', shipped: 1}, {_id: 4, item: 'almonds', qty: 2, shipped: 'true'}, {_id: 5, item: 'pecans', shipped: 'false'}, {_id: 6, item: 'nougat', shipped: ''}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedShippedFlag: {$switch: {branches: [{case: {$eq: ['$shipped', 'false']}, then: false}, {case: {$eq: ['$shipped', '']}, then: false}], default: {$toBool: '$shipped'}}}}}, {$match: {convertedShippedFlag: false}}]}]",
            "[{_id: 2, item: 'pie', qty: 10, shipped: 0, convertedShippedFlag: false}, {_id: 5, item: 'pecans', shipped: 'false', convertedShippedFlag: false}, {_id: 6, item: 'nougat', shipped: '', convertedShippedFlag: false}]"),
        ["$toDate: sort by converted date"] = new(
            "{orders: [{_id: 1, item: 'apple', qty: 5, price: 2, order_date: ISODate('2018-03-20T00:00:00Z')}, {_id: 2, item: 'pie', qty: 10, price: 3, order_date: ISODate('2018-03-22T00:00:00Z')}, {_id: 3, item: 'ice cream', qty: 2, price: 4, order_date: '2018-03-15'}, {_id: 4, item: 'almonds', qty: 5, price: 7, order_date: '2018-03-15 +10:00'}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedDate: {$toDate: '$order_date'}}}, {$sort: {convertedDate: 1}}]}]",
            "[{_id: 4, item: 'almonds', qty: 5, price: 7, order_date: '2018-03-15 +10:00', convertedDate: ISODate('2018-03-14T14:00:00Z')}, {_id: 3, item: 'ice cream', qty: 2, price: 4, order_date: '2018-03-15', convertedDate: ISODate('2018-03-15T00:00:00Z')}, {_id: 1, item: 'apple', qty: 5, price: 2, order_date: ISODate('2018-03-20T00:00:00Z'), convertedDate: ISODate('2018-03-20T00:00:00Z')}, {_id: 2, item: 'pie', qty: 10, price: 3, order_date: ISODate('2018-03-22T00:00:00Z'), convertedDate: ISODate('2018-03-22T00:00:00Z')}]"),
        ["$toObjectId: sort by converted id"] = new(
            "{orders: [{_id: '5ab9cbe531c2ab715d42129a', item: 'apple', qty: 10}, {_id: ObjectId('5ab9d0b831c2ab715d4212a8'), item: 'pie', qty: 5}, {_id: ObjectId('5ab9d2d331c2ab715d4212b3'), item: 'ice cream', qty: 20}, {_id: '5ab9e16431c2ab715d4212b4', item: 'almonds', qty: 50}]}",
            "[{aggregate: 'orders', pipeline: [{$addFields: {convertedId: {$toObjectId: '$_id'}}}, {$sort: {convertedId: -1}}]}]",
            "[{_id: '5ab9e16431c2ab715d4212b4', item: 'almonds', qty: 50, convertedId: ObjectId('5ab9e16431c2ab715d4212b4')}, {_id: ObjectId('5ab9d2d331c2ab715d4212b3'), item: 'ice cream', qty: 20, convertedId: ObjectId('5ab9d2d331c2ab715d4212b3')}, {_id: ObjectId('5ab9d0b831c2ab715d4212a8'), item: 'pie', qty: 5, convertedId: ObjectId('5ab9d0b831c2ab715d4212a8')}, {_id: '5ab9cbe531c2ab715d42129a', item: 'apple', qty: 10, convertedId: ObjectId('5ab9cbe531c2ab715d42129a')}]"),
        ["$convert: conversion tables"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, b1: {$convert: {input: 1.99999, to: 'bool'}}, b2: {$convert: {input: NumberDecimal('0'), to: 'bool'}}, b3: {$convert: {input: 'false', to: 8}}, i1: {$convert: {input: 1.99999, to: 'int'}}, i2: {$convert: {input: NumberDecimal('5.5000'), to: 16}}, i3: {$convert: {input: NumberLong('922337203600'), to: 'int', onError: 'Error'}}, i4: {$convert: {input: '2.5', to: 'int', onError: 'Error'}}, d1: {$convert: {input: '5e10', to: 'double'}}, d2: {$convert: {input: NumberLong(10000), to: 1}}, l1: {$convert: {input: 2.5, to: 'long'}}, l2: {$convert: {input: NumberDecimal('5.5000'), to: 18}}, s1: {$convert: {input: 2.5, to: 'string'}}, s2: {$convert: {input: NumberDecimal('2.50'), to: 2}}, n: {$convert: {input: null, to: 'int'}}}}]}]",
            "[{b1: true, b2: false, b3: true, i1: 1, i2: 5, i3: 'Error', i4: 'Error', d1: 50000000000.0, d2: 10000.0, l1: NumberLong(2), l2: NumberLong(5), s1: '2.5', s2: '2.50', n: null}]"),
        ["$toUUID: a UUID string becomes a UUID"] = new(
            "{products: [{_id: 1, name: 'laptop', price: 400, UUID: '0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60'}]}",
            "[{aggregate: 'products', pipeline: [{$project: {name: 1, price: 1, UUID: {$toUUID: '$UUID'}}}]}]",
            "[{_id: 1, name: 'laptop', price: 400, UUID: UUID('0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60')}]"),
        ["$convert: strings and binData with a format"] = new(
            "{c: [{_id: 1, u: UUID('0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60'), b: BinData(0, 'SGVsbG8gV29ybGQhCg==')}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, b64: {$convert: {input: 'SGVsbG8gV29ybGQhCg==', to: 'binData', format: 'base64'}}, hex: {$convert: {input: '48656c6c6f', to: {type: 'binData', subtype: 0}, format: 'hex'}}, utf8: {$convert: {input: 'Hello', to: 'binData', format: 'utf8'}}, uuid: {$convert: {input: '0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60', to: {type: 'binData', subtype: 4}, format: 'uuid'}}, toText: {$convert: {input: '$b', to: 'string', format: 'utf8'}}, toB64: {$convert: {input: '$b', to: 'string', format: 'base64'}}, toHex: {$convert: {input: '$b', to: 'string', format: 'hex'}}, autoUuid: {$convert: {input: '$u', to: 'string', format: 'auto'}}, autoB64: {$convert: {input: '$b', to: 'string', format: 'auto'}}, bad: {$convert: {input: 'not base64!', to: 'binData', format: 'base64', onError: 'bad'}}, noFormat: {$convert: {input: '$b', to: 'string', onError: 'no format'}}}}]}]",
            "[{b64: BinData(0, 'SGVsbG8gV29ybGQhCg=='), hex: BinData(0, 'SGVsbG8='), utf8: BinData(0, 'SGVsbG8='), uuid: UUID('0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60'), toText: 'Hello World!\\n', toB64: 'SGVsbG8gV29ybGQhCg==', toHex: '48656C6C6F20576F726C64210A', autoUuid: '0e3b9063-8abd-4eb3-9f9f-f4c59fd30a60', autoB64: 'SGVsbG8gV29ybGQhCg==', bad: 'bad', noFormat: 'no format'}]"),
        ["$toUUID: a malformed string is an error"] = new(
            "{products: [{_id: 1, UUID: '0e3b9063'}]}",
            "[{aggregate: 'products', pipeline: [{$project: {UUID: {$toUUID: '$UUID'}}}]}]",
            "error 241"),
        ["$convert: an unsupported conversion is an error"] = new(
            "{c: [{_id: 1, v: ISODate('2018-03-27T00:00:00Z')}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$convert: {input: '$v', to: 'int'}}}}]}]",
            "error 241"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
