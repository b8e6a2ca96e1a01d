using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's update operator pages, run as the pages run them.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class UpdateManualTests(MongoTarget target)
{
    private const string FindAll = "{find: 'c', sort: {_id: 1}}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$set: top-level fields"] = new(
            "{c: [{_id: 100, quantity: 250, instock: true, reorder: false, details: {model: '14QQ', make: 'Clothes Corp'}, tags: ['apparel', 'clothing'], ratings: [{by: 'Customer007', rating: 4}]}]}",
            "[{update: 'c', updates: [{q: {_id: 100}, u: {$set: {quantity: 500, details: {model: '2600', make: 'Fashionaires'}, tags: ['coats', 'outerwear', 'clothing']}}}]}, {update: 'c', updates: [{q: {_id: 100}, u: {$set: {'details.make': 'Kustom Kidz'}}}]}, {update: 'c', updates: [{q: {_id: 100}, u: {$set: {'tags.1': 'rain gear', 'ratings.0.rating': 2}}}]}, " + FindAll + "]",
            "[{_id: 100, quantity: 500, instock: true, reorder: false, details: {model: '2600', make: 'Kustom Kidz'}, tags: ['coats', 'rain gear', 'clothing'], ratings: [{by: 'Customer007', rating: 2}]}]"),
        ["$inc: increment a field"] = new(
            "{c: [{_id: 1, sku: 'abc123', quantity: 10, metrics: {orders: 2, ratings: 3.5}}]}",
            "[{update: 'c', updates: [{q: {sku: 'abc123'}, u: {$inc: {quantity: -2, 'metrics.orders': 1}}}]}, " + FindAll + "]",
            "[{_id: 1, sku: 'abc123', quantity: 8, metrics: {orders: 3, ratings: 3.5}}]"),
        ["$min: compare numbers"] = new(
            "{c: [{_id: 1, highScore: 800, lowScore: 200}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$min: {lowScore: 150}}}]}, {update: 'c', updates: [{q: {_id: 1}, u: {$min: {lowScore: 250}}}]}, " + FindAll + "]",
            "[{_id: 1, highScore: 800, lowScore: 150}]"),
        ["$max: compare dates"] = new(
            "{c: [{_id: 1, desc: 'crafts', dateEntered: ISODate('2013-10-01T05:00:00Z'), dateExpired: ISODate('2013-10-01T16:38:16Z')}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$max: {dateExpired: ISODate('2013-09-30T00:00:00Z')}}}]}, {update: 'c', updates: [{q: {_id: 1}, u: {$min: {dateEntered: ISODate('2013-09-25T00:00:00Z')}}}]}, " + FindAll + "]",
            "[{_id: 1, desc: 'crafts', dateEntered: ISODate('2013-09-25T00:00:00Z'), dateExpired: ISODate('2013-10-01T16:38:16Z')}]"),
        ["$mul: decimal and int"] = new(
            "{c: [{_id: 1, item: 'Hats', price: NumberDecimal('10.99'), quantity: 25}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$mul: {price: NumberDecimal('1.25'), quantity: 2}}}]}, " + FindAll + "]",
            "[{_id: 1, item: 'Hats', price: NumberDecimal('13.7375'), quantity: 50}]"),
        ["$mul: missing field becomes zero of the multiplier type"] = new(
            "{c: [{_id: 2, item: 'Unknown'}]}",
            "[{update: 'c', updates: [{q: {_id: 2}, u: {$mul: {price: NumberLong(100)}}}]}, " + FindAll + "]",
            "[{_id: 2, item: 'Unknown', price: NumberLong(0)}]"),
        ["$mul: mixed numeric types"] = new(
            "{c: [{_id: 3, item: 'Scarf', price: NumberLong(10)}]}",
            "[{update: 'c', updates: [{q: {_id: 3}, u: {$mul: {price: 5}}}]}, " + FindAll + "]",
            "[{_id: 3, item: 'Scarf', price: NumberLong(50)}]"),
        ["$rename: top-level field moves to the end"] = new(
            "{c: [{_id: 1, alias: ['The American Cincinnatus', 'The American Fabius'], mobile: '555-555-5555', nmae: {first: 'george', last: 'washington'}}]}",
            "[{update: 'c', updates: [{q: {}, u: {$rename: {nmae: 'name'}}, multi: true}]}, " + FindAll + "]",
            "[{_id: 1, alias: ['The American Cincinnatus', 'The American Fabius'], mobile: '555-555-5555', name: {first: 'george', last: 'washington'}}]"),
        ["$rename: field that does not exist"] = new(
            "{c: [{_id: 1, mobile: '555'}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$rename: {wife: 'spouse'}}}]}]",
            "[{n: 1, nModified: 0}]"),
        ["$setOnInsert: upsert inserts"] = new(
            "{}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$set: {item: 'apple'}, $setOnInsert: {defaultQty: 100}}, upsert: true}]}, " + FindAll + "]",
            "[{_id: 1, defaultQty: 100, item: 'apple'}]"),
        ["$currentDate: date and timestamp"] = new(
            "{c: [{_id: 1, status: 'a', lastModified: ISODate('2013-10-02T01:11:18.965Z')}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$currentDate: {lastModified: true, 'cancellation.date': {$type: 'timestamp'}}, $set: {'cancellation.reason': 'user request', status: 'D'}}}]}, {aggregate: 'c', pipeline: [{$project: {status: 1, lastModified: {$type: '$lastModified'}, keys: {$map: {input: {$objectToArray: '$cancellation'}, in: {$concat: ['$$this.k', ':', {$type: '$$this.v'}]}}}}}]}]",
            "[{_id: 1, status: 'D', lastModified: 'date', keys: ['date:timestamp', 'reason:string']}]"),
        ["$push: append a value"] = new(
            "{c: [{_id: 1, scores: [44, 78, 38, 80]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$push: {scores: 89}}}]}, " + FindAll + "]",
            "[{_id: 1, scores: [44, 78, 38, 80, 89]}]"),
        ["$push: $each $sort $slice keeps equal scores stable"] = new(
            "{c: [{_id: 5, quizzes: [{wk: 1, score: 10}, {wk: 2, score: 8}, {wk: 3, score: 5}, {wk: 4, score: 6}]}]}",
            "[{update: 'c', updates: [{q: {_id: 5}, u: {$push: {quizzes: {$each: [{wk: 5, score: 8}, {wk: 6, score: 7}, {wk: 7, score: 6}], $sort: {score: -1}, $slice: 3}}}}]}, " + FindAll + "]",
            "[{_id: 5, quizzes: [{wk: 1, score: 10}, {wk: 2, score: 8}, {wk: 5, score: 8}]}]"),
        ["$position: start, middle and negative"] = new(
            "{c: [{_id: 1, scores: [100]}, {_id: 2, scores: [50, 60, 70, 100]}, {_id: 3, scores: [50, 60, 20, 30, 70, 100]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$push: {scores: {$each: [50, 60, 70], $position: 0}}}}, {q: {_id: 2}, u: {$push: {scores: {$each: [20, 30], $position: 2}}}}, {q: {_id: 3}, u: {$push: {scores: {$each: [90, 80], $position: -2}}}}]}, " + FindAll + "]",
            "[{_id: 1, scores: [50, 60, 70, 100]}, {_id: 2, scores: [50, 60, 20, 30, 70, 100]}, {_id: 3, scores: [50, 60, 20, 30, 90, 80, 70, 100]}]"),
        ["$slice (update): from the end, the front, and with an empty $each"] = new(
            "{c: [{_id: 1, scores: [40, 50, 60]}, {_id: 2, scores: [89, 90]}, {_id: 3, scores: [89, 70, 100, 20]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$push: {scores: {$each: [80, 78, 86], $slice: -5}}}}, {q: {_id: 2}, u: {$push: {scores: {$each: [100, 20], $slice: 3}}}}, {q: {_id: 3}, u: {$push: {scores: {$each: [], $slice: -3}}}}]}, " + FindAll + "]",
            "[{_id: 1, scores: [50, 60, 80, 78, 86]}, {_id: 2, scores: [89, 90, 100]}, {_id: 3, scores: [70, 100, 20]}]"),
        ["$sort (update): documents, values, and an empty $each"] = new(
            "{c: [{_id: 1, quizzes: [{id: 1, score: 6}, {id: 2, score: 9}]}, {_id: 2, tests: [89, 70, 89, 50]}, {_id: 3, tests: [89, 70, 100, 20]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$push: {quizzes: {$each: [{id: 3, score: 8}, {id: 4, score: 7}, {id: 5, score: 6}], $sort: {score: 1}}}}}, {q: {_id: 2}, u: {$push: {tests: {$each: [40, 60], $sort: 1}}}}, {q: {_id: 3}, u: {$push: {tests: {$each: [], $sort: -1}}}}]}, " + FindAll + "]",
            "[{_id: 1, quizzes: [{id: 1, score: 6}, {id: 5, score: 6}, {id: 4, score: 7}, {id: 3, score: 8}, {id: 2, score: 9}]}, {_id: 2, tests: [40, 50, 60, 70, 89, 89]}, {_id: 3, tests: [100, 89, 70, 20]}]"),
        ["$addToSet: an array is added as one element"] = new(
            "{c: [{_id: 1, letters: ['a', 'b']}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$addToSet: {letters: ['c', 'd']}}}]}, " + FindAll + "]",
            "[{_id: 1, letters: ['a', 'b', ['c', 'd']]}]"),
        ["$addToSet: $each skips present values"] = new(
            "{c: [{_id: 2, item: 'cable', tags: ['electronics', 'supplies']}]}",
            "[{update: 'c', updates: [{q: {_id: 2}, u: {$addToSet: {tags: {$each: ['camera', 'electronics', 'accessories']}}}}]}, " + FindAll + "]",
            "[{_id: 2, item: 'cable', tags: ['electronics', 'supplies', 'camera', 'accessories']}]"),
        ["$addToSet: non-array field is refused"] = new(
            "{c: [{_id: 1, colors: 'blue, green, red'}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$addToSet: {colors: 'mauve'}}}]}]",
            "error 2"),
        ["$pop: first and last"] = new(
            "{c: [{_id: 1, scores: [8, 9, 10]}, {_id: 10, scores: [9, 10]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$pop: {scores: -1}}}, {q: {_id: 10}, u: {$pop: {scores: 1}}}]}, " + FindAll + "]",
            "[{_id: 1, scores: [9, 10]}, {_id: 10, scores: [9]}]"),
        ["$pull: values with $in and equality"] = new(
            "{c: [{_id: 1, fruits: ['apples', 'pears', 'oranges', 'grapes', 'bananas'], vegetables: ['carrots', 'celery', 'squash', 'carrots']}, {_id: 2, fruits: ['plums', 'kiwis', 'oranges', 'bananas', 'apples'], vegetables: ['broccoli', 'zucchini', 'carrots', 'onions']}]}",
            "[{update: 'c', updates: [{q: {}, u: {$pull: {fruits: {$in: ['apples', 'oranges']}, vegetables: 'carrots'}}, multi: true}]}, " + FindAll + "]",
            "[{_id: 1, fruits: ['pears', 'grapes', 'bananas'], vegetables: ['celery', 'squash']}, {_id: 2, fruits: ['plums', 'kiwis', 'bananas'], vegetables: ['broccoli', 'zucchini', 'onions']}]"),
        ["$pull: condition"] = new(
            "{c: [{_id: 1, votes: [3, 5, 6, 7, 7, 8]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$pull: {votes: {$gte: 6}}}}]}, " + FindAll + "]",
            "[{_id: 1, votes: [3, 5]}]"),
        ["$pull: documents matching all fields"] = new(
            "{c: [{_id: 1, results: [{item: 'A', score: 5}, {item: 'B', score: 8}]}, {_id: 2, results: [{item: 'C', score: 8}, {item: 'B', score: 4}]}]}",
            "[{update: 'c', updates: [{q: {}, u: {$pull: {results: {score: 8, item: 'B'}}}, multi: true}]}, " + FindAll + "]",
            "[{_id: 1, results: [{item: 'A', score: 5}]}, {_id: 2, results: [{item: 'C', score: 8}, {item: 'B', score: 4}]}]"),
        ["$pull: nested arrays with $elemMatch"] = new(
            "{c: [{_id: 1, results: [{item: 'A', score: 5, answers: [{q: 1, a: 4}, {q: 2, a: 6}]}, {item: 'B', score: 8, answers: [{q: 1, a: 8}, {q: 2, a: 9}]}]}, {_id: 2, results: [{item: 'C', score: 8, answers: [{q: 1, a: 8}, {q: 2, a: 7}]}, {item: 'B', score: 4, answers: [{q: 1, a: 0}, {q: 2, a: 8}]}]}]}",
            "[{update: 'c', updates: [{q: {}, u: {$pull: {results: {answers: {$elemMatch: {q: 2, a: {$gte: 8}}}}}}, multi: true}]}, " + FindAll + "]",
            "[{_id: 1, results: [{item: 'A', score: 5, answers: [{q: 1, a: 4}, {q: 2, a: 6}]}]}, {_id: 2, results: [{item: 'C', score: 8, answers: [{q: 1, a: 8}, {q: 2, a: 7}]}]}]"),
        ["$pullAll: every listed value"] = new(
            "{c: [{_id: 1, scores: [0, 2, 5, 5, 1, 0]}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$pullAll: {scores: [0, 5]}}}]}, " + FindAll + "]",
            "[{_id: 1, scores: [2, 1]}]"),
        ["$bit: and, or, xor keep the wider type"] = new(
            "{c: [{_id: 1, expdata: 13}, {_id: 2, expdata: NumberLong(3)}, {_id: 3, expdata: NumberLong(1)}]}",
            "[{update: 'c', updates: [{q: {_id: 1}, u: {$bit: {expdata: {and: 10}}}}, {q: {_id: 2}, u: {$bit: {expdata: {or: 5}}}}, {q: {_id: 3}, u: {$bit: {expdata: {xor: 5}}}}]}, " + FindAll + "]",
            "[{_id: 1, expdata: 8}, {_id: 2, expdata: NumberLong(7)}, {_id: 3, expdata: NumberLong(4)}]"),
        ["positional $: value and embedded field"] = new(
            "{c: [{_id: 1, grades: [85, 80, 80]}, {_id: 4, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 5}, {grade: 85, mean: 85, std: 8}]}, {_id: 5, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 5}, {grade: 90, mean: 85, std: 3}]}]}",
            "[{update: 'c', updates: [{q: {_id: 1, grades: 80}, u: {$set: {'grades.$': 82}}}, {q: {_id: 4, 'grades.grade': 85}, u: {$set: {'grades.$.std': 6}}}, {q: {_id: 5, grades: {$elemMatch: {grade: {$lte: 90}, mean: {$gt: 80}}}}, u: {$set: {'grades.$.std': 6}}}]}, " + FindAll + "]",
            "[{_id: 1, grades: [85, 82, 80]}, {_id: 4, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 6}, {grade: 85, mean: 85, std: 8}]}, {_id: 5, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 6}, {grade: 90, mean: 85, std: 3}]}]"),
        ["positional $[]: upsert with an array equality"] = new(
            "{}",
            "[{update: 'c', updates: [{q: {myArray: [5, 8]}, u: {$set: {'myArray.$[]': 10}}, upsert: true}]}, {aggregate: 'c', pipeline: [{$project: {_id: 0}}]}]",
            "[{myArray: [10, 10]}]"),
        ["positional $[]: nested with $[<identifier>]"] = new(
            "{c: [{_id: 1, grades: [{type: 'quiz', questions: [10, 8, 5]}, {type: 'quiz', questions: [8, 9, 6]}, {type: 'hw', questions: [5, 4, 3]}, {type: 'exam', questions: [25, 10, 23, 0]}]}]}",
            "[{update: 'c', updates: [{q: {}, u: {$inc: {'grades.$[].questions.$[score]': 2}}, arrayFilters: [{score: {$gte: 8}}], multi: true}]}, " + FindAll + "]",
            "[{_id: 1, grades: [{type: 'quiz', questions: [12, 10, 5]}, {type: 'quiz', questions: [10, 11, 6]}, {type: 'hw', questions: [5, 4, 3]}, {type: 'exam', questions: [27, 12, 25, 0]}]}]"),
        ["filtered positional: multiple conditions"] = new(
            "{c: [{_id: 1, grades: [{grade: 80, mean: 75, std: 6}, {grade: 85, mean: 100, std: 4}, {grade: 85, mean: 100, std: 6}]}, {_id: 2, grades: [{grade: 90, mean: 100, std: 6}, {grade: 87, mean: 100, std: 3}, {grade: 85, mean: 100, std: 4}]}]}",
            "[{update: 'c', updates: [{q: {}, u: {$inc: {'grades.$[elem].std': -1}}, arrayFilters: [{'elem.grade': {$gte: 80}, 'elem.std': {$gt: 5}}], multi: true}]}, " + FindAll + "]",
            "[{_id: 1, grades: [{grade: 80, mean: 75, std: 5}, {grade: 85, mean: 100, std: 4}, {grade: 85, mean: 100, std: 5}]}, {_id: 2, grades: [{grade: 90, mean: 100, std: 5}, {grade: 87, mean: 100, std: 3}, {grade: 85, mean: 100, std: 4}]}]"),
        ["pipeline update: $replaceRoot with $mergeObjects defaults"] = new(
            "{c: [{_id: 1, quiz1: 8, test2: 100, quiz2: 9, modified: ISODate('2020-01-05T00:00:00Z')}, {_id: 2, quiz2: 5, test1: 80, test2: 89, modified: ISODate('2020-01-05T00:00:00Z')}]}",
            "[{update: 'c', updates: [{q: {}, u: [{$replaceRoot: {newRoot: {$mergeObjects: [{quiz1: 0, quiz2: 0, test1: 0, test2: 0}, '$$ROOT']}}}, {$set: {modified: ISODate('2021-01-01T00:00:00Z')}}], multi: true}]}, " + FindAll + "]",
            "[{_id: 1, quiz1: 8, quiz2: 9, test1: 0, test2: 100, modified: ISODate('2021-01-01T00:00:00Z')}, {_id: 2, quiz1: 0, quiz2: 5, test1: 80, test2: 89, modified: ISODate('2021-01-01T00:00:00Z')}]"),
        ["pipeline update: $trunc of $avg and $switch"] = new(
            "{c: [{_id: 1, tests: [95, 92, 90]}, {_id: 2, tests: [94, 88, 90]}, {_id: 3, tests: [70, 75, 82]}]}",
            "[{update: 'c', updates: [{q: {}, u: [{$set: {average: {$trunc: [{$avg: '$tests'}, 0]}}}, {$set: {grade: {$switch: {branches: [{case: {$gte: ['$average', 90]}, then: 'A'}, {case: {$gte: ['$average', 80]}, then: 'B'}, {case: {$gte: ['$average', 70]}, then: 'C'}, {case: {$gte: ['$average', 60]}, then: 'D'}], default: 'F'}}}}], multi: true}]}, " + FindAll + "]",
            "[{_id: 1, tests: [95, 92, 90], average: 92.0, grade: 'A'}, {_id: 2, tests: [94, 88, 90], average: 90.0, grade: 'A'}, {_id: 3, tests: [70, 75, 82], average: 75.0, grade: 'C'}]"),
        ["pipeline update: $map converts temperatures"] = new(
            "{c: [{_id: 1, date: ISODate('2019-06-23T00:00:00Z'), tempsC: [4, 12, 17]}, {_id: 2, date: ISODate('2019-07-07T00:00:00Z'), tempsC: [14, 24, 11]}]}",
            "[{update: 'c', updates: [{q: {}, u: [{$addFields: {tempsF: {$map: {input: '$tempsC', as: 'celsius', in: {$add: [{$multiply: ['$$celsius', 1.8]}, 32]}}}}}], multi: true}]}, " + FindAll + "]",
            "[{_id: 1, date: ISODate('2019-06-23T00:00:00Z'), tempsC: [4, 12, 17], tempsF: [39.2, 53.6, 62.6]}, {_id: 2, date: ISODate('2019-07-07T00:00:00Z'), tempsC: [14, 24, 11], tempsF: [57.2, 75.2, 51.8]}]"),
        ["findAndModify: sort and return the old document"] = new(
            "{c: [{_id: 1, name: 'Tom', state: 'active', rating: 100, score: 5}, {_id: 2, name: 'Tom', state: 'active', rating: 80, score: 4}]}",
            "[{findAndModify: 'c', query: {name: 'Tom', state: 'active', rating: {$gt: 10}}, sort: {rating: 1}, update: {$inc: {score: 1}}}]",
            "[{_id: 2, name: 'Tom', state: 'active', rating: 80, score: 4}]"),
        ["findAndModify: upsert with new returns the inserted document"] = new(
            "{}",
            "[{findAndModify: 'c', query: {name: 'Gus', state: 'active', rating: 100}, sort: {rating: 1}, update: {$inc: {score: 1}}, upsert: true, new: true, fields: {_id: 0}}]",
            "[{name: 'Gus', rating: 100, state: 'active', score: 1}]"),
        ["findAndModify: remove with sort"] = new(
            "{c: [{_id: 1, name: 'a', state: 'active', rating: 3}, {_id: 2, name: 'b', state: 'active', rating: 1}]}",
            "[{findAndModify: 'c', query: {state: 'active'}, sort: {rating: 1}, remove: true}]",
            "[{_id: 2, name: 'b', state: 'active', rating: 1}]"),
        ["update: let variables in the filter and the pipeline"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{update: 'c', updates: [{q: {$expr: {$eq: ['$flavor', '$$targetFlavor']}}, u: [{$set: {flavor: '$$newFlavor'}}]}], let: {targetFlavor: 'cherry', newFlavor: 'orange'}}, " + FindAll + "]",
            "[{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'orange'}]"),
        ["delete: let variables in the filter"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{delete: 'c', deletes: [{q: {$expr: {$eq: ['$flavor', '$$targetFlavor']}}, limit: 1}], let: {targetFlavor: 'strawberry'}}, " + FindAll + "]",
            "[{_id: 1, flavor: 'chocolate'}, {_id: 3, flavor: 'cherry'}]"),
        ["findAndModify: let variables"] = new(
            "{c: [{_id: 1, flavor: 'chocolate'}, {_id: 2, flavor: 'strawberry'}, {_id: 3, flavor: 'cherry'}]}",
            "[{findAndModify: 'c', query: {$expr: {$eq: ['$flavor', '$$targetFlavor']}}, update: {$set: {flavor: 'orange'}}, new: true, let: {targetFlavor: 'cherry'}}]",
            "[{_id: 3, flavor: 'orange'}]"),
        ["updateOne: collation"] = new(
            "{c: [{_id: 1, category: 'café', status: 'A'}, {_id: 2, category: 'cafe', status: 'a'}, {_id: 3, category: 'cafE', status: 'a'}]}",
            "[{update: 'c', updates: [{q: {category: 'cafe'}, u: {$set: {status: 'Updated'}}, collation: {locale: 'fr', strength: 1}}]}, " + FindAll + "]",
            "[{_id: 1, category: 'café', status: 'Updated'}, {_id: 2, category: 'cafe', status: 'a'}, {_id: 3, category: 'cafE', status: 'a'}]"),
        ["deleteMany: collation"] = new(
            "{c: [{_id: 1, category: 'café', status: 'A'}, {_id: 2, category: 'cafe', status: 'a'}, {_id: 3, category: 'cafE', status: 'a'}]}",
            "[{delete: 'c', deletes: [{q: {category: 'cafe'}, limit: 0, collation: {locale: 'fr', strength: 2}}]}, " + FindAll + "]",
            "[{_id: 1, category: 'café', status: 'A'}]"),
        ["replaceOne: replaces all but _id"] = new(
            "{c: [{_id: 1, name: 'Central Perk Cafe', Borough: 'Manhattan'}, {_id: 2, name: 'Rock A Feller Bar and Grill', Borough: 'Queens', violations: 2}]}",
            "[{update: 'c', updates: [{q: {name: 'Central Perk Cafe'}, u: {name: 'Central Pork Cafe', Borough: 'Manhattan'}}]}, " + FindAll + "]",
            "[{_id: 1, name: 'Central Pork Cafe', Borough: 'Manhattan'}, {_id: 2, name: 'Rock A Feller Bar and Grill', Borough: 'Queens', violations: 2}]"),
        ["upsert: $and equalities seed the document"] = new(
            "{}",
            "[{update: 'c', updates: [{q: {$and: [{name: 'Andy'}, {'rating.x': 1}]}, u: {$inc: {score: 1}}, upsert: true}]}, {aggregate: 'c', pipeline: [{$project: {_id: 0}}]}]",
            "[{name: 'Andy', rating: {x: 1}, score: 1}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
