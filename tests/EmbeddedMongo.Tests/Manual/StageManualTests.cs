using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's aggregation stage pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class StageManualTests(MongoTarget target)
{
    private const string GroupSales = "{c: [{_id: 1, item: 'abc', price: NumberDecimal('10'), quantity: 2, date: ISODate('2014-03-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: NumberDecimal('20'), quantity: 1, date: ISODate('2014-03-01T09:00:00Z')}, {_id: 3, item: 'xyz', price: NumberDecimal('5'), quantity: 10, date: ISODate('2014-03-15T09:00:00Z')}, {_id: 4, item: 'xyz', price: NumberDecimal('5'), quantity: 20, date: ISODate('2014-04-04T11:21:39.736Z')}, {_id: 5, item: 'abc', price: NumberDecimal('10'), quantity: 10, date: ISODate('2014-04-04T21:23:13.331Z')}, {_id: 6, item: 'def', price: NumberDecimal('7.5'), quantity: 5, date: ISODate('2015-06-04T05:08:13Z')}, {_id: 7, item: 'def', price: NumberDecimal('7.5'), quantity: 10, date: ISODate('2015-09-10T08:43:00Z')}, {_id: 8, item: 'abc', price: NumberDecimal('10'), quantity: 5, date: ISODate('2016-02-06T20:20:13Z')}]}";

    private const string Books = "{c: [{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}, {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}, {_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}]}";

    private const string Clothing = "{c: [{_id: 1, item: 'Shirt', sizes: ['S', 'M', 'L']}, {_id: 2, item: 'Shorts', sizes: []}, {_id: 3, item: 'Hat', sizes: 'M'}, {_id: 4, item: 'Gloves'}, {_id: 5, item: 'Scarf', sizes: null}]}";

    private const string Weather = "{c: [{_id: 1, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T00:00:00.000Z'), temp: 12}, {_id: 2, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T04:00:00.000Z'), temp: 11}, {_id: 3, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T08:00:00.000Z'), temp: 11}, {_id: 4, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T12:00:00.000Z'), temp: 12}]}";

    private const string Reviews = "{c: [{_id: 1, date: ISODate('2021-03-08T00:00:00Z'), restaurant: \"Joe's Pizza\", score: 90}, {_id: 2, date: ISODate('2021-03-08T00:00:00Z'), restaurant: \"Sally's Deli\", score: 75}, {_id: 3, date: ISODate('2021-03-09T00:00:00Z'), restaurant: \"Joe's Pizza\", score: 92}, {_id: 4, date: ISODate('2021-03-09T00:00:00Z'), restaurant: \"Sally's Deli\"}, {_id: 5, date: ISODate('2021-03-10T00:00:00Z'), restaurant: \"Joe's Pizza\"}, {_id: 6, date: ISODate('2021-03-10T00:00:00Z'), restaurant: \"Sally's Deli\", score: 68}, {_id: 7, date: ISODate('2021-03-11T00:00:00Z'), restaurant: \"Joe's Pizza\", score: 93}, {_id: 8, date: ISODate('2021-03-11T00:00:00Z'), restaurant: \"Sally's Deli\"}]}";

    private const string ProjectBooks = "{c: [{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}, {_id: 2, title: 'Baked Goods', isbn: '9999999999999', author: {last: 'xyz', first: 'abc', middle: ''}, copies: 2, lastModified: '2017-07-21'}, {_id: 3, title: 'Ice Cream Cakes', isbn: '8888888888888', author: {last: 'xyz', first: 'abc', middle: 'mmm'}, copies: 5, lastModified: '2017-07-22'}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$group: count documents"] = new(GroupSales, "[{aggregate: 'c', pipeline: [{$group: {_id: null, count: {$count: {}}}}]}]", "[{_id: null, count: 8}]"),
        ["$group: having"] = new(GroupSales,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$item', totalSaleAmount: {$sum: {$multiply: ['$price', '$quantity']}}}}, {$match: {totalSaleAmount: {$gte: 100}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'abc', totalSaleAmount: NumberDecimal('170')}, {_id: 'def', totalSaleAmount: NumberDecimal('112.5')}, {_id: 'xyz', totalSaleAmount: NumberDecimal('150')}]"),
        ["$group: by day with $avg"] = new(GroupSales,
            "[{aggregate: 'c', pipeline: [{$match: {date: {$gte: ISODate('2014-01-01T00:00:00Z'), $lt: ISODate('2015-01-01T00:00:00Z')}}}, {$group: {_id: {$dateToString: {format: '%Y-%m-%d', date: '$date'}}, totalSaleAmount: {$sum: {$multiply: ['$price', '$quantity']}}, averageQuantity: {$avg: '$quantity'}, count: {$sum: 1}}}, {$sort: {totalSaleAmount: -1}}]}]",
            "[{_id: '2014-04-04', totalSaleAmount: NumberDecimal('200'), averageQuantity: 15.0, count: 2}, {_id: '2014-03-15', totalSaleAmount: NumberDecimal('50'), averageQuantity: 10.0, count: 1}, {_id: '2014-03-01', totalSaleAmount: NumberDecimal('40'), averageQuantity: 1.5, count: 2}]"),
        ["$group: by null"] = new(GroupSales,
            "[{aggregate: 'c', pipeline: [{$group: {_id: null, totalSaleAmount: {$sum: {$multiply: ['$price', '$quantity']}}, averageQuantity: {$avg: '$quantity'}, count: {$sum: 1}}}]}]",
            "[{_id: null, totalSaleAmount: NumberDecimal('452.5'), averageQuantity: 7.875, count: 8}]"),
        ["$group: pivot with $$ROOT"] = new(Books,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$author', books: {$push: '$$ROOT'}}}, {$addFields: {totalCopies: {$sum: '$books.copies'}}}, {$project: {books: '$books.title', totalCopies: 1}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'Dante', totalCopies: 5, books: ['The Banquet', 'Divine Comedy', 'Eclogues']}, {_id: 'Homer', totalCopies: 20, books: ['The Odyssey', 'Iliad']}]"),
        ["$unwind: preserveNullAndEmptyArrays"] = new(Clothing,
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$sizes', preserveNullAndEmptyArrays: true}}]}]",
            "[{_id: 1, item: 'Shirt', sizes: 'S'}, {_id: 1, item: 'Shirt', sizes: 'M'}, {_id: 1, item: 'Shirt', sizes: 'L'}, {_id: 2, item: 'Shorts'}, {_id: 3, item: 'Hat', sizes: 'M'}, {_id: 4, item: 'Gloves'}, {_id: 5, item: 'Scarf', sizes: null}]"),
        ["$unwind: includeArrayIndex"] = new(Clothing,
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$sizes', includeArrayIndex: 'arrayIndex'}}]}]",
            "[{_id: 1, item: 'Shirt', sizes: 'S', arrayIndex: NumberLong(0)}, {_id: 1, item: 'Shirt', sizes: 'M', arrayIndex: NumberLong(1)}, {_id: 1, item: 'Shirt', sizes: 'L', arrayIndex: NumberLong(2)}, {_id: 3, item: 'Hat', sizes: 'M', arrayIndex: null}]"),
        ["$unwind: both options"] = new(Clothing,
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$sizes', includeArrayIndex: 'idx', preserveNullAndEmptyArrays: true}}, {$match: {_id: {$gte: 2}}}]}]",
            "[{_id: 2, item: 'Shorts', idx: null}, {_id: 3, item: 'Hat', sizes: 'M', idx: null}, {_id: 4, item: 'Gloves', idx: null}, {_id: 5, item: 'Scarf', sizes: null, idx: null}]"),
        ["$lookup: concise correlated subquery"] = new(
            "{c: [{_id: 1, item: 'filet', restaurant_name: 'American Steak House'}, {_id: 2, item: 'cheese pizza', restaurant_name: 'Honest John Pizza', drink: 'lemonade'}, {_id: 3, item: 'cheese pizza', restaurant_name: 'Honest John Pizza', drink: 'soda'}], restaurants: [{_id: 1, name: 'American Steak House', food: ['filet', 'sirloin'], beverages: ['beer', 'wine']}, {_id: 2, name: 'Honest John Pizza', food: ['cheese pizza', 'pepperoni pizza'], beverages: ['soda']}]}",
            "[{aggregate: 'c', pipeline: [{$lookup: {from: 'restaurants', localField: 'restaurant_name', foreignField: 'name', let: {orders_drink: '$drink'}, pipeline: [{$match: {$expr: {$in: ['$$orders_drink', '$beverages']}}}], as: 'matches'}}]}]",
            "[{_id: 1, item: 'filet', restaurant_name: 'American Steak House', matches: []}, {_id: 2, item: 'cheese pizza', restaurant_name: 'Honest John Pizza', drink: 'lemonade', matches: []}, {_id: 3, item: 'cheese pizza', restaurant_name: 'Honest John Pizza', drink: 'soda', matches: [{_id: 2, name: 'Honest John Pizza', food: ['cheese pizza', 'pepperoni pizza'], beverages: ['soda']}]}]"),
        ["$lookup: uncorrelated subquery with $documents"] = new(
            "{c: [{_id: 1, x: 1}]}",
            "[{aggregate: 'c', pipeline: [{$lookup: {pipeline: [{$documents: [{a: 1}, {a: 2}]}, {$match: {a: {$gt: 1}}}], as: 'docs'}}]}]",
            "[{_id: 1, x: 1, docs: [{a: 2}]}]"),
        ["$lookup: join conditions and subqueries"] = new(
            "{c: [{_id: 1, item: 'almonds', price: 12, ordered: 2}, {_id: 2, item: 'pecans', price: 20, ordered: 1}, {_id: 3, item: 'cookies', price: 10, ordered: 60}], warehouses: [{_id: 1, stock_item: 'almonds', warehouse: 'A', instock: 120}, {_id: 2, stock_item: 'pecans', warehouse: 'A', instock: 80}, {_id: 3, stock_item: 'almonds', warehouse: 'B', instock: 60}, {_id: 4, stock_item: 'cookies', warehouse: 'B', instock: 40}, {_id: 5, stock_item: 'cookies', warehouse: 'A', instock: 80}]}",
            "[{aggregate: 'c', pipeline: [{$lookup: {from: 'warehouses', let: {order_item: '$item', order_qty: '$ordered'}, pipeline: [{$match: {$expr: {$and: [{$eq: ['$stock_item', '$$order_item']}, {$gte: ['$instock', '$$order_qty']}]}}}, {$project: {stock_item: 0, _id: 0}}], as: 'stockdata'}}]}]",
            "[{_id: 1, item: 'almonds', price: 12, ordered: 2, stockdata: [{warehouse: 'A', instock: 120}, {warehouse: 'B', instock: 60}]}, {_id: 2, item: 'pecans', price: 20, ordered: 1, stockdata: [{warehouse: 'A', instock: 80}]}, {_id: 3, item: 'cookies', price: 10, ordered: 60, stockdata: [{warehouse: 'A', instock: 80}]}]"),
        ["aggregate: let variables in $match $expr"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{aggregate: 'c', pipeline: [{$match: {$expr: {$eq: ['$flavor', '$$targetFlavor']}}}, {$project: {_id: 0}}], let: {targetFlavor: 'chocolate'}}]",
            "[{flavor: 'chocolate'}]"),
        ["aggregate: collation groups café, cafe and cafE together"] = new(
            "{c: [{_id: 1, category: 'café', status: 'A'}, {_id: 2, category: 'cafe', status: 'a'}, {_id: 3, category: 'cafE', status: 'a'}]}",
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$category', count: {$sum: 1}}}], collation: {locale: 'fr', strength: 1}}]",
            "[{_id: 'café', count: 3}]"),
        ["$unionWith: distinct states"] = new(
            "{c: [{_id: 1, supplier: 'Aardvark and Sons', state: 'Texas'}, {_id: 2, supplier: 'Bears Run Amok.', state: 'Colorado'}, {_id: 3, supplier: 'Squid Mark Inc. ', state: 'Rhode Island'}], warehouses: [{_id: 1, warehouse: 'A', region: 'West', state: 'California'}, {_id: 2, warehouse: 'B', region: 'Central', state: 'Colorado'}, {_id: 3, warehouse: 'C', region: 'East', state: 'Florida'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {state: 1, _id: 0}}, {$unionWith: {coll: 'warehouses', pipeline: [{$project: {state: 1, _id: 0}}]}}, {$group: {_id: '$state'}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'California'}, {_id: 'Colorado'}, {_id: 'Florida'}, {_id: 'Rhode Island'}, {_id: 'Texas'}]"),
        ["$unionWith: $documents without a collection"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{aggregate: 'c', pipeline: [{$unionWith: {pipeline: [{$documents: [{_id: 4, flavor: 'orange'}, {_id: 5, flavor: 'vanilla', price: 20}]}]}}]}]",
            "[{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}, {_id: 4, flavor: 'orange'}, {_id: 5, flavor: 'vanilla', price: 20}]"),
        ["$densify: hourly time series within bounds"] = new(Weather,
            "[{aggregate: 'c', pipeline: [{$densify: {field: 'timestamp', range: {step: 1, unit: 'hour', bounds: [ISODate('2021-05-18T00:00:00.000Z'), ISODate('2021-05-18T08:00:00.000Z')]}}}, {$project: {_id: 1, timestamp: 1}}]}]",
            "[{_id: 1, timestamp: ISODate('2021-05-18T00:00:00Z')}, {timestamp: ISODate('2021-05-18T01:00:00Z')}, {timestamp: ISODate('2021-05-18T02:00:00Z')}, {timestamp: ISODate('2021-05-18T03:00:00Z')}, {_id: 2, timestamp: ISODate('2021-05-18T04:00:00Z')}, {timestamp: ISODate('2021-05-18T05:00:00Z')}, {timestamp: ISODate('2021-05-18T06:00:00Z')}, {timestamp: ISODate('2021-05-18T07:00:00Z')}, {_id: 3, timestamp: ISODate('2021-05-18T08:00:00Z')}, {_id: 4, timestamp: ISODate('2021-05-18T12:00:00Z')}]"),
        ["$densify: generated documents carry only the field"] = new(Weather,
            "[{aggregate: 'c', pipeline: [{$match: {_id: {$lte: 2}}}, {$densify: {field: 'timestamp', range: {step: 2, unit: 'hour', bounds: 'full'}}}]}]",
            "[{_id: 1, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T00:00:00Z'), temp: 12}, {timestamp: ISODate('2021-05-18T02:00:00Z')}, {_id: 2, metadata: {sensorId: 5578, type: 'temperature'}, timestamp: ISODate('2021-05-18T04:00:00Z'), temp: 11}]"),
        ["$fill: locf by partition"] = new(Reviews,
            "[{aggregate: 'c', pipeline: [{$fill: {sortBy: {date: 1}, partitionBy: {restaurant: '$restaurant'}, output: {score: {method: 'locf'}}}}, {$sort: {_id: 1}}, {$project: {_id: 1, score: 1}}]}]",
            "[{_id: 1, score: 90}, {_id: 2, score: 75}, {_id: 3, score: 92}, {_id: 4, score: 75}, {_id: 5, score: 92}, {_id: 6, score: 68}, {_id: 7, score: 93}, {_id: 8, score: 68}]"),
        ["$fill: distinguish filled values"] = new(Reviews,
            "[{aggregate: 'c', pipeline: [{$match: {restaurant: \"Joe's Pizza\"}}, {$set: {valueExisted: {$ifNull: [{$toBool: {$toString: '$score'}}, false]}}}, {$fill: {sortBy: {date: 1}, output: {score: {method: 'locf'}}}}, {$project: {_id: 0, date: 0, restaurant: 0}}]}]",
            "[{score: 90, valueExisted: true}, {score: 92, valueExisted: true}, {valueExisted: false, score: 92}, {score: 93, valueExisted: true}]"),
        ["$addFields: twice in a pipeline"] = new(
            "{c: [{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0}, {_id: 2, student: 'Ryan', homework: [5, 6, 5], quiz: [8, 8], extraCredit: 8}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {totalHomework: {$sum: '$homework'}, totalQuiz: {$sum: '$quiz'}}}, {$addFields: {totalScore: {$add: ['$totalHomework', '$totalQuiz', '$extraCredit']}}}]}]",
            "[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, totalHomework: 25, totalQuiz: 18, totalScore: 43}, {_id: 2, student: 'Ryan', homework: [5, 6, 5], quiz: [8, 8], extraCredit: 8, totalHomework: 16, totalQuiz: 16, totalScore: 40}]"),
        ["$addFields: embedded document field"] = new(
            "{c: [{_id: 1, type: 'car', specs: {doors: 4, wheels: 4}}, {_id: 2, type: 'motorcycle', specs: {doors: 0, wheels: 2}}, {_id: 3, type: 'jet ski'}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {'specs.fuel_type': 'unleaded'}}]}]",
            "[{_id: 1, type: 'car', specs: {doors: 4, wheels: 4, fuel_type: 'unleaded'}}, {_id: 2, type: 'motorcycle', specs: {doors: 0, wheels: 2, fuel_type: 'unleaded'}}, {_id: 3, type: 'jet ski', specs: {fuel_type: 'unleaded'}}]"),
        ["$addFields: overwrite _id and a field"] = new(
            "{c: [{_id: 1, item: 'tangerine', type: 'citrus'}, {_id: 2, item: 'lemon', type: 'citrus'}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {_id: '$item', item: 'fruit'}}]}]",
            "[{_id: 'tangerine', item: 'fruit', type: 'citrus'}, {_id: 'lemon', item: 'fruit', type: 'citrus'}]"),
        ["$addFields: through an array of documents"] = new(
            "{c: [{_id: 1, specs: [{doors: 4}, {doors: 2}, 3]}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {'specs.fuel_type': 'unleaded'}}]}]",
            "[{_id: 1, specs: [{doors: 4, fuel_type: 'unleaded'}, {doors: 2, fuel_type: 'unleaded'}, {fuel_type: 'unleaded'}]}]"),
        ["$project: computed embedded fields"] = new(ProjectBooks,
            "[{aggregate: 'c', pipeline: [{$match: {_id: 1}}, {$project: {title: 1, isbn: {prefix: {$substr: ['$isbn', 0, 3]}, group: {$substr: ['$isbn', 3, 2]}, publisher: {$substr: ['$isbn', 5, 4]}, title: {$substr: ['$isbn', 9, 3]}, checkDigit: {$substr: ['$isbn', 12, 1]}}, lastName: '$author.last', copiesSold: '$copies'}}]}]",
            "[{_id: 1, title: 'abc123', isbn: {prefix: '000', group: '11', publisher: '2222', title: '333', checkDigit: '4'}, lastName: 'zzz', copiesSold: 5}]"),
        ["$project: conditionally exclude with $$REMOVE"] = new(ProjectBooks,
            "[{aggregate: 'c', pipeline: [{$project: {title: 1, 'author.first': 1, 'author.last': 1, 'author.middle': {$cond: {if: {$eq: ['', '$author.middle']}, then: '$$REMOVE', else: '$author.middle'}}}}]}]",
            "[{_id: 1, title: 'abc123', author: {last: 'zzz', first: 'aaa'}}, {_id: 2, title: 'Baked Goods', author: {last: 'xyz', first: 'abc'}}, {_id: 3, title: 'Ice Cream Cakes', author: {last: 'xyz', first: 'abc', middle: 'mmm'}}]"),
        ["$project: new array fields"] = new(
            "{c: [{_id: 1, x: 1, y: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {myArray: ['$x', '$y', '$someField']}}]}]",
            "[{_id: 1, myArray: [1, 1, null]}]"),
        ["$project: _id alone is an inclusion"] = new("{c: [{_id: 1, x: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {_id: 1}}]}]", "[{_id: 1}]"),
        ["$project: _id excluded alone keeps the rest"] = new("{c: [{_id: 1, x: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {_id: 0}}]}]", "[{x: 1}]"),
        ["$project: computed _id alone"] = new("{c: [{_id: 1, x: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {_id: '$x'}}]}]", "[{_id: 1}]"),
        ["$project: exclusion with computed field is refused"] = new(ProjectBooks,
            "[{aggregate: 'c', pipeline: [{$project: {title: 0, lastName: '$author.last'}}]}]",
            "error 31252"),
        ["$count: after a match"] = new(
            "{c: [{_id: 1, subject: 'History', score: 88}, {_id: 2, subject: 'History', score: 92}, {_id: 3, subject: 'History', score: 97}, {_id: 4, subject: 'History', score: 71}, {_id: 5, subject: 'History', score: 79}, {_id: 6, subject: 'History', score: 83}]}",
            "[{aggregate: 'c', pipeline: [{$match: {score: {$gt: 80}}}, {$count: 'passing_scores'}]}]",
            "[{passing_scores: 4}]"),
        ["$replaceRoot: missing document is an error"] = new(
            "{c: [{_id: 1, name: {first: 'John', last: 'Backus'}}, {_id: 2, name: {first: 'John', last: 'McCarthy'}}, {_id: 3, name: {first: 'Grace', last: 'Hopper'}}, {_id: 4, firstname: 'Ole-Johan', lastname: 'Dahl'}]}",
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: '$name'}}]}]",
            "error 40228"),
        ["$replaceRoot: $mergeObjects default for missing"] = new(
            "{c: [{_id: 1, name: {first: 'John', last: 'Backus'}}, {_id: 4, firstname: 'Ole-Johan', lastname: 'Dahl'}]}",
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: {$mergeObjects: [{_id: '$_id', first: '', last: ''}, '$name']}}}]}]",
            "[{_id: 1, first: 'John', last: 'Backus'}, {_id: 4, first: '', last: ''}]"),
        ["$replaceWith: embedded documents in an array"] = new(
            "{c: [{_id: 1, grades: [{test: 1, grade: 80, mean: 75, std: 6}, {test: 2, grade: 85, mean: 90, std: 4}, {test: 3, grade: 95, mean: 85, std: 6}]}, {_id: 2, grades: [{test: 1, grade: 90, mean: 75, std: 6}, {test: 2, grade: 87, mean: 90, std: 3}, {test: 3, grade: 91, mean: 85, std: 4}]}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: '$grades'}, {$match: {'grades.grade': {$gte: 90}}}, {$replaceWith: '$grades'}]}]",
            "[{test: 3, grade: 95, mean: 85, std: 6}, {test: 1, grade: 90, mean: 75, std: 6}, {test: 3, grade: 91, mean: 85, std: 4}]"),
        ["$sample: size larger than the collection"] = new(
            "{c: [{_id: 1}, {_id: 2}]}",
            "[{aggregate: 'c', pipeline: [{$sample: {size: 5}}, {$sort: {_id: 1}}]}]",
            "[{_id: 1}, {_id: 2}]"),
        ["$sortByCount: unwound tags"] = new(
            "{c: [{_id: 1, tags: ['painting', 'satire', 'Expressionism', 'caricature']}, {_id: 2, tags: ['woodcut', 'Expressionism']}, {_id: 3, tags: ['oil', 'Surrealism', 'painting']}, {_id: 4, tags: ['ukiyo-e', 'painting', 'satire']}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: '$tags'}, {$sortByCount: '$tags'}, {$match: {count: {$gt: 1}}}, {$sort: {count: -1, _id: 1}}]}]",
            "[{_id: 'painting', count: 3}, {_id: 'Expressionism', count: 2}, {_id: 'satire', count: 2}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
