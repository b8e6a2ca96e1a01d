using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's array expression operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageArrayManualTests(MongoTarget target)
{
    private const string Favorites = "{users: [{_id: 1, name: 'dave123', favorites: ['chocolate', 'cake', 'butter', 'apples']}, {_id: 2, name: 'li', favorites: ['apples', 'pudding', 'pie']}, {_id: 3, name: 'ahn', favorites: ['pears', 'pecans', 'chocolate', 'cherries']}, {_id: 4, name: 'ty', favorites: ['ice cream']}]}";

    private const string Warehouses = "{warehouses: [{_id: 1, instock: ['chocolate'], ordered: ['butter', 'apples']}, {_id: 2, instock: ['apples', 'pudding', 'pie']}, {_id: 3, instock: ['pears', 'pecans'], ordered: ['cherries']}, {_id: 4, instock: ['ice cream'], ordered: []}]}";

    private const string Games = "{games: [{_id: 1, playerId: 1, score: [1, 2, 3]}, {_id: 2, playerId: 2, score: [12, 90, 7, 89, 8]}, {_id: 3, playerId: 3, score: [null]}, {_id: 4, playerId: 4, score: []}, {_id: 5, playerId: 5, score: [1293, null, 3489, 9]}, {_id: 6, playerId: 6, score: ['12.1', 2, NumberLong('2090845886852'), 23]}]}";

    private const string Events = "{events: [{_id: 1, type: 'die', experimentId: 'r5', description: 'Roll a 5', eventNum: 1, probability: 0.16666666666667}, {_id: 2, type: 'card', experimentId: 'd3rc', description: 'Draw 3 red cards', eventNum: 1, probability: 0.5}, {_id: 3, type: 'card', experimentId: 'd3rc', description: 'Draw 3 red cards', eventNum: 2, probability: 0.49019607843137}, {_id: 4, type: 'card', experimentId: 'd3rc', description: 'Draw 3 red cards', eventNum: 3, probability: 0.48}, {_id: 5, type: 'die', experimentId: 'r16', description: 'Roll a 1 then a 6', eventNum: 1, probability: 0.16666666666667}, {_id: 6, type: 'die', experimentId: 'r16', description: 'Roll a 1 then a 6', eventNum: 2, probability: 0.16666666666667}, {_id: 7, type: 'card', experimentId: 'dak', description: 'Draw an ace, then a king', eventNum: 1, probability: 0.07692307692308}, {_id: 8, type: 'card', experimentId: 'dak', description: 'Draw an ace, then a king', eventNum: 2, probability: 0.07843137254902}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$size: number of colors"] = new(
            "{inventory: [{_id: 1, item: 'ABC1', description: 'product 1', colors: ['blue', 'black', 'red']}, {_id: 2, item: 'ABC2', description: 'product 2', colors: ['purple']}, {_id: 3, item: 'XYZ1', description: 'product 3', colors: []}, {_id: 4, item: 'ZZZ1', description: 'product 4 - missing colors'}, {_id: 5, item: 'ZZZ2', description: 'product 5 - colors is string', colors: 'blue,red'}]}",
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, numberOfColors: {$cond: {if: {$isArray: '$colors'}, then: {$size: '$colors'}, else: 'NA'}}}}]}]",
            "[{_id: 1, item: 'ABC1', numberOfColors: 3}, {_id: 2, item: 'ABC2', numberOfColors: 1}, {_id: 3, item: 'XYZ1', numberOfColors: 0}, {_id: 4, item: 'ZZZ1', numberOfColors: 'NA'}, {_id: 5, item: 'ZZZ2', numberOfColors: 'NA'}]"),
        ["$size: a missing field is an error"] = new(
            "{inventory: [{_id: 4, item: 'ZZZ1'}]}",
            "[{aggregate: 'inventory', pipeline: [{$project: {n: {$size: '$colors'}}}]}]",
            "error 17124"),
        ["$arrayElemAt: first and last favorites"] = new(
            Favorites,
            "[{aggregate: 'users', pipeline: [{$project: {name: 1, first: {$arrayElemAt: ['$favorites', 0]}, last: {$arrayElemAt: ['$favorites', -1]}}}]}]",
            "[{_id: 1, name: 'dave123', first: 'chocolate', last: 'apples'}, {_id: 2, name: 'li', first: 'apples', last: 'pie'}, {_id: 3, name: 'ahn', first: 'pears', last: 'cherries'}, {_id: 4, name: 'ty', first: 'ice cream', last: 'ice cream'}]"),
        ["$arrayElemAt: a non-integral index is an error"] = new(
            Favorites,
            "[{aggregate: 'users', pipeline: [{$project: {r: {$arrayElemAt: ['$favorites', 1.5]}}}]}]",
            "error 28691"),
        ["$first and $last: runs of each team"] = new(
            "{runninglog: [{_id: 1, team: 'Anteater', log: [{run: 1, distance: 8}, {run2: 2, distance: 7.5}, {run: 3, distance: 9.2}]}, {_id: 2, team: 'Bears', log: [{run: 1, distance: 18}, {run2: 2, distance: 15}]}, {_id: 3, team: 'Cobras', log: [{run: 1, distance: 2}]}, {_id: 4, team: 'Dingos', log: []}]}",
            "[{aggregate: 'runninglog', pipeline: [{$addFields: {firstrun: {$first: '$log'}, lastrun: {$last: '$log'}}}, {$project: {log: 0}}]}]",
            "[{_id: 1, team: 'Anteater', firstrun: {run: 1, distance: 8}, lastrun: {run: 3, distance: 9.2}}, {_id: 2, team: 'Bears', firstrun: {run: 1, distance: 18}, lastrun: {run2: 2, distance: 15}}, {_id: 3, team: 'Cobras', firstrun: {run: 1, distance: 2}, lastrun: {run: 1, distance: 2}}, {_id: 4, team: 'Dingos'}]"),
        ["$first: a non-array is an error"] = new(
            "{c: [{_id: 1, v: 'abc'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$first: '$v'}}}]}]",
            "error 28689"),
        ["$map: add to each element"] = new(
            "{grades: [{_id: 1, quizzes: [5, 6, 7]}, {_id: 2, quizzes: []}, {_id: 3, quizzes: [3, 8, 9]}]}",
            "[{aggregate: 'grades', pipeline: [{$project: {adjustedGrades: {$map: {input: '$quizzes', as: 'grade', in: {$add: ['$$grade', 2]}}}}}]}]",
            "[{_id: 1, adjustedGrades: [7, 8, 9]}, {_id: 2, adjustedGrades: []}, {_id: 3, adjustedGrades: [5, 10, 11]}]"),
        ["$map: truncate each element"] = new(
            "{deliveries: [{_id: 1, city: 'Bakersfield', distances: [34.57, 81.96, 44.24]}, {_id: 2, city: 'Barstow', distances: [73.28, 9.67, 124.36]}, {_id: 3, city: 'San Bernadino', distances: [16.04, 3.25, 6.82]}]}",
            "[{aggregate: 'deliveries', pipeline: [{$project: {city: '$city', integerValues: {$map: {input: '$distances', as: 'decimalValue', in: {$trunc: '$$decimalValue'}}}}}]}]",
            "[{_id: 1, city: 'Bakersfield', integerValues: [34.0, 81.0, 44.0]}, {_id: 2, city: 'Barstow', integerValues: [73.0, 9.0, 124.0]}, {_id: 3, city: 'San Bernadino', integerValues: [16.0, 3.0, 6.0]}]"),
        ["$map: Celsius to Fahrenheit"] = new(
            "{temperatures: [{_id: 1, date: ISODate('2019-06-23T00:00:00Z'), tempsC: [4, 12, 17]}, {_id: 2, date: ISODate('2019-07-07T00:00:00Z'), tempsC: [14, 24, 11]}, {_id: 3, date: ISODate('2019-10-30T00:00:00Z'), tempsC: [18, 6, 8]}]}",
            "[{aggregate: 'temperatures', pipeline: [{$addFields: {tempsF: {$map: {input: '$tempsC', as: 'tempInCelsius', in: {$add: [{$multiply: ['$$tempInCelsius', 1.8]}, 32]}}}}}]}]",
            "[{_id: 1, date: ISODate('2019-06-23T00:00:00Z'), tempsC: [4, 12, 17], tempsF: [39.2, 53.6, 62.6]}, {_id: 2, date: ISODate('2019-07-07T00:00:00Z'), tempsC: [14, 24, 11], tempsF: [57.2, 75.2, 51.8]}, {_id: 3, date: ISODate('2019-10-30T00:00:00Z'), tempsC: [18, 6, 8], tempsF: [64.4, 42.8, 46.4]}]"),
        ["$map: default variable this"] = new(
            "{grades: [{_id: 1, quizzes: [5, 6, 7]}]}",
            "[{aggregate: 'grades', pipeline: [{$project: {_id: 0, doubled: {$map: {input: '$quizzes', in: {$multiply: ['$$this', 2]}}}, none: {$map: {input: '$missing', in: 1}}}}]}]",
            "[{doubled: [10, 12, 14], none: null}]"),
        ["$reduce: probability of events"] = new(
            Events,
            "[{aggregate: 'events', pipeline: [{$group: {_id: '$experimentId', probabilityArr: {$push: '$probability'}}}, {$project: {description: 1, results: {$reduce: {input: '$probabilityArr', initialValue: 1, in: {$multiply: ['$$value', '$$this']}}}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'd3rc', results: 0.11764705882352879}, {_id: 'dak', results: 0.00603318250377101}, {_id: 'r16', results: 0.027777777777778886}, {_id: 'r5', results: 0.16666666666667}]"),
        ["$reduce: discounted merchandise"] = new(
            "{clothes: [{_id: 1, productId: 'ts1', description: 'T-Shirt', color: 'black', size: 'M', price: 20, discounts: [0.5, 0.1]}, {_id: 2, productId: 'j1', description: 'Jeans', color: 'blue', size: '36', price: 40, discounts: [0.25, 0.15, 0.05]}, {_id: 3, productId: 's1', description: 'Shorts', color: 'beige', size: '32', price: 30, discounts: [0.15, 0.05]}, {_id: 4, productId: 'ts2', description: 'Cool T-Shirt', color: 'White', size: 'L', price: 25, discounts: [0.3]}, {_id: 5, productId: 'j2', description: 'Designer Jeans', color: 'blue', size: '30', price: 80, discounts: [0.1, 0.25]}]}",
            "[{aggregate: 'clothes', pipeline: [{$project: {discountedPrice: {$reduce: {input: '$discounts', initialValue: '$price', in: {$multiply: ['$$value', {$subtract: [1, '$$this']}]}}}}}]}]",
            "[{_id: 1, discountedPrice: 9.0}, {_id: 2, discountedPrice: 24.224999999999998}, {_id: 3, discountedPrice: 24.224999999999998}, {_id: 4, discountedPrice: 17.5}, {_id: 5, discountedPrice: 54.0}]"),
        ["$reduce: string concatenation"] = new(
            "{people: [{_id: 1, name: 'Melissa', hobbies: ['softball', 'drawing', 'reading']}, {_id: 2, name: 'Brad', hobbies: ['gaming', 'skateboarding']}, {_id: 3, name: 'Scott', hobbies: ['basketball', 'music', 'fishing']}, {_id: 4, name: 'Tracey', hobbies: ['acting', 'yoga']}, {_id: 5, name: 'Josh', hobbies: ['programming']}, {_id: 6, name: 'Claire'}]}",
            "[{aggregate: 'people', pipeline: [{$match: {hobbies: {$gt: []}}}, {$project: {name: 1, bio: {$reduce: {input: '$hobbies', initialValue: 'My hobbies include:', in: {$concat: ['$$value', {$cond: {if: {$eq: ['$$value', 'My hobbies include:']}, then: ' ', else: ', '}}, '$$this']}}}}}]}]",
            "[{_id: 1, name: 'Melissa', bio: 'My hobbies include: softball, drawing, reading'}, {_id: 2, name: 'Brad', bio: 'My hobbies include: gaming, skateboarding'}, {_id: 3, name: 'Scott', bio: 'My hobbies include: basketball, music, fishing'}, {_id: 4, name: 'Tracey', bio: 'My hobbies include: acting, yoga'}, {_id: 5, name: 'Josh', bio: 'My hobbies include: programming'}]"),
        ["$reduce: concatenating arrays"] = new(
            "{arrayconcat: [{_id: 1, arr: [[24, 55, 79], [14, 78, 35], [84, 90, 3], [50, 89, 70]]}, {_id: 2, arr: [[39, 32, 43, 7], [62, 17, 80, 64], [17, 88, 11, 73]]}, {_id: 3, arr: [[42], [26, 59], [17], [72, 19, 35]]}, {_id: 4}]}",
            "[{aggregate: 'arrayconcat', pipeline: [{$project: {collapsed: {$reduce: {input: '$arr', initialValue: [], in: {$concatArrays: ['$$value', '$$this']}}}}}]}]",
            "[{_id: 1, collapsed: [24, 55, 79, 14, 78, 35, 84, 90, 3, 50, 89, 70]}, {_id: 2, collapsed: [39, 32, 43, 7, 62, 17, 80, 64, 17, 88, 11, 73]}, {_id: 3, collapsed: [42, 26, 59, 17, 72, 19, 35]}, {_id: 4, collapsed: null}]"),
        ["$in: has bananas"] = new(
            "{fruit: [{_id: 1, location: '24th Street', in_stock: ['apples', 'oranges', 'bananas']}, {_id: 2, location: '36th Street', in_stock: ['bananas', 'pears', 'grapes']}, {_id: 3, location: '82nd Street', in_stock: ['cantaloupes', 'watermelons', 'apples']}]}",
            "[{aggregate: 'fruit', pipeline: [{$project: {'store location': '$location', 'has bananas': {$in: ['bananas', '$in_stock']}}}]}]",
            "[{_id: 1, 'store location': '24th Street', 'has bananas': true}, {_id: 2, 'store location': '36th Street', 'has bananas': true}, {_id: 3, 'store location': '82nd Street', 'has bananas': false}]"),
        ["$in: a non-array is an error"] = new(
            "{fruit: [{_id: 1, in_stock: 'bananas'}]}",
            "[{aggregate: 'fruit', pipeline: [{$project: {r: {$in: ['bananas', '$in_stock']}}}]}]",
            "error 40081"),
        ["$slice: three favorites"] = new(
            Favorites,
            "[{aggregate: 'users', pipeline: [{$project: {name: 1, threeFavorites: {$slice: ['$favorites', 3]}}}]}]",
            "[{_id: 1, name: 'dave123', threeFavorites: ['chocolate', 'cake', 'butter']}, {_id: 2, name: 'li', threeFavorites: ['apples', 'pudding', 'pie']}, {_id: 3, name: 'ahn', threeFavorites: ['pears', 'pecans', 'chocolate']}, {_id: 4, name: 'ty', threeFavorites: ['ice cream']}]"),
        ["$slice: a non-positive count is an error"] = new(
            Favorites,
            "[{aggregate: 'users', pipeline: [{$project: {r: {$slice: ['$favorites', 1, 0]}}}]}]",
            "error 28729"),
        ["$concatArrays: instock and ordered"] = new(
            Warehouses,
            "[{aggregate: 'warehouses', pipeline: [{$project: {items: {$concatArrays: ['$instock', '$ordered']}}}]}]",
            "[{_id: 1, items: ['chocolate', 'butter', 'apples']}, {_id: 2, items: null}, {_id: 3, items: ['pears', 'pecans', 'cherries']}, {_id: 4, items: ['ice cream']}]"),
        ["$isArray: concatenate only arrays"] = new(
            Warehouses,
            "[{aggregate: 'warehouses', pipeline: [{$project: {items: {$cond: {if: {$and: [{$isArray: '$instock'}, {$isArray: '$ordered'}]}, then: {$concatArrays: ['$instock', '$ordered']}, else: 'One or more fields is not an array.'}}}}]}]",
            "[{_id: 1, items: ['chocolate', 'butter', 'apples']}, {_id: 2, items: 'One or more fields is not an array.'}, {_id: 3, items: ['pears', 'pecans', 'cherries']}, {_id: 4, items: ['ice cream']}]"),
        ["$concatArrays: a non-array is an error"] = new(
            "{c: [{_id: 1, a: [1], b: 'x'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$concatArrays: ['$a', '$b']}}}]}]",
            "error 28664"),
        ["$reverseArray: favorites"] = new(
            "{users: [{_id: 1, name: 'dave123', favorites: ['chocolate', 'cake', 'butter', 'apples']}, {_id: 2, name: 'li', favorites: ['apples', 'pudding', 'pie']}, {_id: 3, name: 'ahn', favorites: []}, {_id: 4, name: 'ty'}]}",
            "[{aggregate: 'users', pipeline: [{$project: {name: 1, reverseFavorites: {$reverseArray: '$favorites'}}}]}]",
            "[{_id: 1, name: 'dave123', reverseFavorites: ['apples', 'butter', 'cake', 'chocolate']}, {_id: 2, name: 'li', reverseFavorites: ['pie', 'pudding', 'apples']}, {_id: 3, name: 'ahn', reverseFavorites: []}, {_id: 4, name: 'ty', reverseFavorites: null}]"),
        ["$sortArray: whole values"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, up: {$sortArray: {input: [1, 4, 1, 6, 12, 5], sortBy: 1}}, down: {$sortArray: {input: [1, 4, 1, 6, 12, 5], sortBy: -1}}}}]}]",
            "[{up: [1, 1, 4, 5, 6, 12], down: [12, 6, 5, 4, 1, 1]}]"),
        ["$range: rest stops"] = new(
            "{distances: [{_id: 0, city: 'San Jose', distance: 42}, {_id: 1, city: 'Sacramento', distance: 88}, {_id: 2, city: 'Reno', distance: 218}, {_id: 3, city: 'Los Angeles', distance: 383}]}",
            "[{aggregate: 'distances', pipeline: [{$project: {_id: 0, city: 1, 'Rest stops': {$range: [0, '$distance', 25]}}}]}]",
            "[{city: 'San Jose', 'Rest stops': [0, 25]}, {city: 'Sacramento', 'Rest stops': [0, 25, 50, 75]}, {city: 'Reno', 'Rest stops': [0, 25, 50, 75, 100, 125, 150, 175, 200]}, {city: 'Los Angeles', 'Rest stops': [0, 25, 50, 75, 100, 125, 150, 175, 200, 225, 250, 275, 300, 325, 350, 375]}]"),
        ["$range: a zero step is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$range: [0, 5, 0]}}}]}]",
            "error 34449"),
        ["$indexOfArray: index of 2"] = new(
            "{inventory: [{_id: 0, items: ['one', 'two', 'three']}, {_id: 1, items: [1, 2, 3]}, {_id: 2, items: [1, 2, 3, 2]}, {_id: 3, items: [null, null, 2]}, {_id: 4, items: null}, {_id: 5, amount: 3}]}",
            "[{aggregate: 'inventory', pipeline: [{$project: {index: {$indexOfArray: ['$items', 2]}}}]}]",
            "[{_id: 0, index: -1}, {_id: 1, index: 1}, {_id: 2, index: 1}, {_id: 3, index: 2}, {_id: 4, index: null}, {_id: 5, index: null}]"),
        ["$objectToArray: dimensions"] = new(
            "{inventory: [{_id: 1, item: 'ABC1', dimensions: {l: 25, w: 10, uom: 'cm'}}, {_id: 2, item: 'ABC2', dimensions: {l: 50, w: 25, uom: 'cm'}}, {_id: 3, item: 'XYZ1', dimensions: {l: 70, w: 75, uom: 'cm'}}]}",
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, dimensions: {$objectToArray: '$dimensions'}}}]}]",
            "[{_id: 1, item: 'ABC1', dimensions: [{k: 'l', v: 25}, {k: 'w', v: 10}, {k: 'uom', v: 'cm'}]}, {_id: 2, item: 'ABC2', dimensions: [{k: 'l', v: 50}, {k: 'w', v: 25}, {k: 'uom', v: 'cm'}]}, {_id: 3, item: 'XYZ1', dimensions: [{k: 'l', v: 70}, {k: 'w', v: 75}, {k: 'uom', v: 'cm'}]}]"),
        ["$objectToArray and $arrayToObject: add a total"] = new(
            "{inventory: [{_id: 1, item: 'ABC1', instock: {warehouse1: 2500, warehouse2: 500}}, {_id: 2, item: 'ABC2', instock: {warehouse2: 500, warehouse3: 200}}]}",
            "[{aggregate: 'inventory', pipeline: [{$addFields: {instock: {$objectToArray: '$instock'}}}, {$addFields: {instock: {$concatArrays: ['$instock', [{k: 'total', v: {$sum: '$instock.v'}}]]}}}, {$addFields: {instock: {$arrayToObject: '$instock'}}}]}]",
            "[{_id: 1, item: 'ABC1', instock: {warehouse1: 2500, warehouse2: 500, total: 3000}}, {_id: 2, item: 'ABC2', instock: {warehouse2: 500, warehouse3: 200, total: 700}}]"),
        ["$arrayToObject: a malformed pair is an error"] = new(
            "{c: [{_id: 1, a: [['l', 25, 'x']]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$arrayToObject: '$a'}}}]}]",
            "error 40397"),
        ["$firstN: first three scores"] = new(
            Games,
            "[{aggregate: 'games', pipeline: [{$addFields: {firstScores: {$firstN: {n: 3, input: '$score'}}}}, {$project: {score: 0}}]}]",
            "[{_id: 1, playerId: 1, firstScores: [1, 2, 3]}, {_id: 2, playerId: 2, firstScores: [12, 90, 7]}, {_id: 3, playerId: 3, firstScores: [null]}, {_id: 4, playerId: 4, firstScores: []}, {_id: 5, playerId: 5, firstScores: [1293, null, 3489]}, {_id: 6, playerId: 6, firstScores: ['12.1', 2, NumberLong('2090845886852')]}]"),
        ["$lastN: last three scores"] = new(
            Games,
            "[{aggregate: 'games', pipeline: [{$addFields: {lastScores: {$lastN: {n: 3, input: '$score'}}}}, {$project: {score: 0}}]}]",
            "[{_id: 1, playerId: 1, lastScores: [1, 2, 3]}, {_id: 2, playerId: 2, lastScores: [7, 89, 8]}, {_id: 3, playerId: 3, lastScores: [null]}, {_id: 4, playerId: 4, lastScores: []}, {_id: 5, playerId: 5, lastScores: [null, 3489, 9]}, {_id: 6, playerId: 6, lastScores: [2, NumberLong('2090845886852'), 23]}]"),
        ["$maxN: two highest scores"] = new(
            Games,
            "[{aggregate: 'games', pipeline: [{$addFields: {maxScores: {$maxN: {n: 2, input: '$score'}}}}, {$project: {score: 0}}]}]",
            "[{_id: 1, playerId: 1, maxScores: [3, 2]}, {_id: 2, playerId: 2, maxScores: [90, 89]}, {_id: 3, playerId: 3, maxScores: []}, {_id: 4, playerId: 4, maxScores: []}, {_id: 5, playerId: 5, maxScores: [3489, 1293]}, {_id: 6, playerId: 6, maxScores: ['12.1', NumberLong('2090845886852')]}]"),
        ["$minN: two lowest scores"] = new(
            Games,
            "[{aggregate: 'games', pipeline: [{$addFields: {minScores: {$minN: {n: 2, input: '$score'}}}}, {$project: {score: 0}}]}]",
            "[{_id: 1, playerId: 1, minScores: [1, 2]}, {_id: 2, playerId: 2, minScores: [7, 8]}, {_id: 3, playerId: 3, minScores: []}, {_id: 4, playerId: 4, minScores: []}, {_id: 5, playerId: 5, minScores: [9, 1293]}, {_id: 6, playerId: 6, minScores: [2, 23]}]"),
        ["$firstN: n must be positive"] = new(
            Games,
            "[{aggregate: 'games', pipeline: [{$project: {r: {$firstN: {n: 0, input: '$score'}}}}]}]",
            "error 5787908"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
