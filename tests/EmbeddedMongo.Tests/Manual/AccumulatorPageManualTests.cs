using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The $group examples of the manual's accumulator pages ($sum, $avg, $min, $max, $first, $last, $push,
/// $addToSet, $count, $stdDevPop, $top, $bottom, $topN, $bottomN, $firstN, $lastN, $maxN, $minN, $median,
/// $percentile). $group's output order is open, so each pipeline ends with a $sort on _id; $addToSet's
/// element order is open too, so its sets are sorted with $sortArray.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class AccumulatorPageManualTests(MongoTarget target)
{
    private const string Sales5 = "{_id: 1, item: 'abc', price: 10, quantity: 2, date: ISODate('2014-01-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: 20, quantity: 1, date: ISODate('2014-02-03T09:00:00Z')}, {_id: 3, item: 'xyz', price: 5, quantity: 5, date: ISODate('2014-02-03T09:05:00Z')}, {_id: 4, item: 'abc', price: 10, quantity: 10, date: ISODate('2014-02-15T08:00:00Z')}, {_id: 5, item: 'xyz', price: 5, quantity: 10, date: ISODate('2014-02-15T09:05:00Z')}";

    private const string Sales = "{c: [" + Sales5 + "]}";

    private const string Sales7 = "{c: [" + Sales5 + ", {_id: 6, item: 'xyz', price: 5, quantity: 5, date: ISODate('2014-02-15T12:05:10Z')}, {_id: 7, item: 'xyz', price: 5, quantity: 10, date: ISODate('2014-02-15T14:12:12Z')}]}";

    private const string BadData = "{c: [{_id: 1, price: 6, quantity: 6}, {_id: 2, item: 'album', price: 5, quantity: 5}, {_id: 7, item: 'tape', price: 6, quantity: 6}, {_id: 8, price: 5, quantity: 5}, {_id: 9, item: 'album', price: 3, quantity: ''}, {_id: 10, item: 'tape', price: 3, quantity: 4}, {_id: 12, item: 'cd', price: 7}]}";

    private const string Users = "{c: [{_id: 1, name: 'dave123', quiz: 1, score: 85}, {_id: 2, name: 'dave2', quiz: 1, score: 90}, {_id: 3, name: 'ahn', quiz: 1, score: 71}, {_id: 4, name: 'li', quiz: 2, score: 96}, {_id: 5, name: 'annT', quiz: 2, score: 77}, {_id: 6, name: 'ty', quiz: 2, score: 82}]}";

    private const string GameScores = "{c: [{_id: 1, playerId: 'PlayerA', gameId: 'G1', score: 31}, {_id: 2, playerId: 'PlayerB', gameId: 'G1', score: 33}, {_id: 3, playerId: 'PlayerC', gameId: 'G1', score: 99}, {_id: 4, playerId: 'PlayerD', gameId: 'G1', score: 1}, {_id: 5, playerId: 'PlayerA', gameId: 'G2', score: 10}, {_id: 6, playerId: 'PlayerB', gameId: 'G2', score: 14}, {_id: 7, playerId: 'PlayerC', gameId: 'G2', score: 66}, {_id: 8, playerId: 'PlayerD', gameId: 'G2', score: 80}]}";

    private const string TestScores = "{c: [{_id: 1, studentId: '2345', test01: 62, test02: 81, test03: 80}, {_id: 2, studentId: '2356', test01: 60, test02: 83, test03: 79}, {_id: 3, studentId: '2358', test01: 67, test02: 82, test03: 78}, {_id: 4, studentId: '2367', test01: 64, test02: 72, test03: 77}, {_id: 5, studentId: '2369', test01: 60, test02: 53, test03: 72}]}";

    private const string ByGameKey = "{$cond: {if: {$eq: ['$gameId', 'G2']}, then: 1, else: 3}}";

    private static string Group(string group, string? before = null) => "[{aggregate: 'c', pipeline: [" + (before is null ? string.Empty : before + ", ") + "{$group: " + group + "}, {$sort: {_id: 1}}]}]";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$sum: totals and counts by day"] = new(Sales,
            Group("{_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, totalAmount: {$sum: {$multiply: ['$price', '$quantity']}}, count: {$sum: 1}}"),
            "[{_id: {day: 1, year: 2014}, totalAmount: 20, count: 1}, {_id: {day: 34, year: 2014}, totalAmount: 45, count: 2}, {_id: {day: 46, year: 2014}, totalAmount: 150, count: 2}]"),
        ["$sum: a missing field sums to 0"] = new(Sales,
            Group("{_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, totalAmount: {$sum: '$qty'}, count: {$sum: 1}}"),
            "[{_id: {day: 1, year: 2014}, totalAmount: 0, count: 1}, {_id: {day: 34, year: 2014}, totalAmount: 0, count: 2}, {_id: {day: 46, year: 2014}, totalAmount: 0, count: 2}]"),
        ["$avg: by item"] = new(Sales,
            Group("{_id: '$item', avgAmount: {$avg: {$multiply: ['$price', '$quantity']}}, avgQuantity: {$avg: '$quantity'}}"),
            "[{_id: 'abc', avgAmount: 60.0, avgQuantity: 6.0}, {_id: 'jkl', avgAmount: 20.0, avgQuantity: 1.0}, {_id: 'xyz', avgAmount: 37.5, avgQuantity: 7.5}]"),
        ["$max: by item"] = new(Sales,
            Group("{_id: '$item', maxTotalAmount: {$max: {$multiply: ['$price', '$quantity']}}, maxQuantity: {$max: '$quantity'}}"),
            "[{_id: 'abc', maxTotalAmount: 100, maxQuantity: 10}, {_id: 'jkl', maxTotalAmount: 20, maxQuantity: 1}, {_id: 'xyz', maxTotalAmount: 50, maxQuantity: 10}]"),
        ["$min: by item"] = new(Sales,
            Group("{_id: '$item', minQuantity: {$min: '$quantity'}}"),
            "[{_id: 'abc', minQuantity: 2}, {_id: 'jkl', minQuantity: 1}, {_id: 'xyz', minQuantity: 5}]"),
        ["$first: first sale of each item"] = new(Sales7,
            Group("{_id: '$item', firstSale: {$first: '$date'}}", "{$sort: {item: 1, date: 1}}"),
            "[{_id: 'abc', firstSale: ISODate('2014-01-01T08:00:00Z')}, {_id: 'jkl', firstSale: ISODate('2014-02-03T09:00:00Z')}, {_id: 'xyz', firstSale: ISODate('2014-02-03T09:05:00Z')}]"),
        ["$first: missing data"] = new(BadData,
            Group("{_id: '$item', inStock: {$first: '$quantity'}}", "{$sort: {item: 1, price: 1}}"),
            "[{_id: null, inStock: 5}, {_id: 'album', inStock: ''}, {_id: 'cd', inStock: null}, {_id: 'tape', inStock: 4}]"),
        ["$last: last sale of each item"] = new(Sales7,
            Group("{_id: '$item', lastSalesDate: {$last: '$date'}}", "{$sort: {item: 1, date: 1}}"),
            "[{_id: 'abc', lastSalesDate: ISODate('2014-02-15T08:00:00Z')}, {_id: 'jkl', lastSalesDate: ISODate('2014-02-03T09:00:00Z')}, {_id: 'xyz', lastSalesDate: ISODate('2014-02-15T14:12:12Z')}]"),
        ["$push: items sold by day"] = new(Sales7,
            Group("{_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, itemsSold: {$push: {item: '$item', quantity: '$quantity'}}}", "{$sort: {date: 1, item: 1}}"),
            "[{_id: {day: 1, year: 2014}, itemsSold: [{item: 'abc', quantity: 2}]}, {_id: {day: 34, year: 2014}, itemsSold: [{item: 'jkl', quantity: 1}, {item: 'xyz', quantity: 5}]}, {_id: {day: 46, year: 2014}, itemsSold: [{item: 'abc', quantity: 10}, {item: 'xyz', quantity: 10}, {item: 'xyz', quantity: 5}, {item: 'xyz', quantity: 10}]}]"),
        ["$addToSet: items sold by day"] = new(Sales7,
            "[{aggregate: 'c', pipeline: [{$group: {_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, itemsSold: {$addToSet: '$item'}}}, {$set: {itemsSold: {$sortArray: {input: '$itemsSold', sortBy: 1}}}}, {$sort: {_id: 1}}]}]",
            "[{_id: {day: 1, year: 2014}, itemsSold: ['abc']}, {_id: {day: 34, year: 2014}, itemsSold: ['jkl', 'xyz']}, {_id: {day: 46, year: 2014}, itemsSold: ['abc', 'xyz']}]"),
        ["$count: documents for each state"] = new("{c: [{_id: 0, state: 'CA'}, {_id: 1, state: 'WA'}, {_id: 2, state: 'CA'}, {_id: 3, state: 'WA'}, {_id: 4, state: 'CA'}, {_id: 5, state: 'WA'}]}",
            Group("{_id: '$state', countNumberOfDocumentsForState: {$count: {}}}"),
            "[{_id: 'CA', countNumberOfDocumentsForState: 3}, {_id: 'WA', countNumberOfDocumentsForState: 3}]"),
        ["$stdDevPop: each quiz"] = new(Users,
            Group("{_id: '$quiz', stdDev: {$stdDevPop: '$score'}}"),
            "[{_id: 1, stdDev: 8.04155872120988}, {_id: 2, stdDev: 8.04155872120988}]"),
        ["$top: top score of a single game"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$top: {output: ['$playerId', '$score'], sortBy: {score: -1}}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', playerId: ['PlayerC', 99]}]"),
        ["$top: top score across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$top: {output: ['$playerId', '$score'], sortBy: {score: -1}}}}"),
            "[{_id: 'G1', playerId: ['PlayerC', 99]}, {_id: 'G2', playerId: ['PlayerD', 80]}]"),
        ["$bottom: bottom score of a single game"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$bottom: {output: ['$playerId', '$score'], sortBy: {score: -1}}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', playerId: ['PlayerD', 1]}]"),
        ["$bottom: bottom score across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$bottom: {output: ['$playerId', '$score'], sortBy: {score: -1}}}}"),
            "[{_id: 'G1', playerId: ['PlayerD', 1]}, {_id: 'G2', playerId: ['PlayerA', 10]}]"),
        ["$topN: three highest scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$topN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', playerId: [['PlayerC', 99], ['PlayerB', 33], ['PlayerA', 31]]}]"),
        ["$topN: three highest scores across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$topN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}}"),
            "[{_id: 'G1', playerId: [['PlayerC', 99], ['PlayerB', 33], ['PlayerA', 31]]}, {_id: 'G2', playerId: [['PlayerD', 80], ['PlayerC', 66], ['PlayerB', 14]]}]"),
        ["$topN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$topN: {output: '$score', n: " + ByGameKey + ", sortBy: {score: -1}}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [99, 33, 31]}, {_id: {gameId: 'G2'}, gamescores: [80]}]"),
        ["$bottomN: three lowest scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$bottomN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', playerId: [['PlayerB', 33], ['PlayerA', 31], ['PlayerD', 1]]}]"),
        ["$bottomN: three lowest scores across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$bottomN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}}"),
            "[{_id: 'G1', playerId: [['PlayerB', 33], ['PlayerA', 31], ['PlayerD', 1]]}, {_id: 'G2', playerId: [['PlayerC', 66], ['PlayerB', 14], ['PlayerA', 10]]}]"),
        ["$bottomN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$bottomN: {output: '$score', n: " + ByGameKey + ", sortBy: {score: -1}}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [33, 31, 1]}, {_id: {gameId: 'G2'}, gamescores: [10]}]"),
        ["$firstN: first three scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', firstThreeScores: {$firstN: {input: ['$playerId', '$score'], n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', firstThreeScores: [['PlayerA', 31], ['PlayerB', 33], ['PlayerC', 99]]}]"),
        ["$firstN: first three scores across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$firstN: {input: ['$playerId', '$score'], n: 3}}}"),
            "[{_id: 'G1', playerId: [['PlayerA', 31], ['PlayerB', 33], ['PlayerC', 99]]}, {_id: 'G2', playerId: [['PlayerA', 10], ['PlayerB', 14], ['PlayerC', 66]]}]"),
        ["$firstN: after a $sort"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$firstN: {input: ['$playerId', '$score'], n: 3}}}", "{$sort: {score: -1}}"),
            "[{_id: 'G1', playerId: [['PlayerC', 99], ['PlayerB', 33], ['PlayerA', 31]]}, {_id: 'G2', playerId: [['PlayerD', 80], ['PlayerC', 66], ['PlayerB', 14]]}]"),
        ["$firstN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$firstN: {input: '$score', n: " + ByGameKey + "}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [31, 33, 99]}, {_id: {gameId: 'G2'}, gamescores: [10]}]"),
        ["$lastN: last three scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', lastThreeScores: {$lastN: {input: ['$playerId', '$score'], n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', lastThreeScores: [['PlayerB', 33], ['PlayerC', 99], ['PlayerD', 1]]}]"),
        ["$lastN: last three scores across games"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$lastN: {input: ['$playerId', '$score'], n: 3}}}"),
            "[{_id: 'G1', playerId: [['PlayerB', 33], ['PlayerC', 99], ['PlayerD', 1]]}, {_id: 'G2', playerId: [['PlayerB', 14], ['PlayerC', 66], ['PlayerD', 80]]}]"),
        ["$lastN: after a $sort"] = new(GameScores,
            Group("{_id: '$gameId', playerId: {$lastN: {input: ['$playerId', '$score'], n: 3}}}", "{$sort: {score: -1}}"),
            "[{_id: 'G1', playerId: [['PlayerB', 33], ['PlayerA', 31], ['PlayerD', 1]]}, {_id: 'G2', playerId: [['PlayerC', 66], ['PlayerB', 14], ['PlayerA', 10]]}]"),
        ["$lastN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$lastN: {input: '$score', n: " + ByGameKey + "}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [33, 99, 1]}, {_id: {gameId: 'G2'}, gamescores: [80]}]"),
        ["$maxN: three maximum scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', maxThreeScores: {$maxN: {input: ['$score', '$playerId'], n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', maxThreeScores: [[99, 'PlayerC'], [33, 'PlayerB'], [31, 'PlayerA']]}]"),
        ["$maxN: three maximum scores across games"] = new(GameScores,
            Group("{_id: '$gameId', maxScores: {$maxN: {input: ['$score', '$playerId'], n: 3}}}"),
            "[{_id: 'G1', maxScores: [[99, 'PlayerC'], [33, 'PlayerB'], [31, 'PlayerA']]}, {_id: 'G2', maxScores: [[80, 'PlayerD'], [66, 'PlayerC'], [14, 'PlayerB']]}]"),
        ["$maxN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$maxN: {input: ['$score', '$playerId'], n: " + ByGameKey + "}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [[99, 'PlayerC'], [33, 'PlayerB'], [31, 'PlayerA']]}, {_id: {gameId: 'G2'}, gamescores: [[80, 'PlayerD']]}]"),
        ["$minN: three minimum scores of a single game"] = new(GameScores,
            Group("{_id: '$gameId', minScores: {$minN: {input: ['$score', '$playerId'], n: 3}}}", "{$match: {gameId: 'G1'}}"),
            "[{_id: 'G1', minScores: [[1, 'PlayerD'], [31, 'PlayerA'], [33, 'PlayerB']]}]"),
        ["$minN: three minimum scores across games"] = new(GameScores,
            Group("{_id: '$gameId', minScores: {$minN: {input: ['$score', '$playerId'], n: 3}}}"),
            "[{_id: 'G1', minScores: [[1, 'PlayerD'], [31, 'PlayerA'], [33, 'PlayerB']]}, {_id: 'G2', minScores: [[10, 'PlayerA'], [14, 'PlayerB'], [66, 'PlayerC']]}]"),
        ["$minN: n from the group key"] = new(GameScores,
            Group("{_id: {gameId: '$gameId'}, gamescores: {$minN: {input: ['$score', '$playerId'], n: " + ByGameKey + "}}}"),
            "[{_id: {gameId: 'G1'}, gamescores: [[1, 'PlayerD'], [31, 'PlayerA'], [33, 'PlayerB']]}, {_id: {gameId: 'G2'}, gamescores: [[10, 'PlayerA']]}]"),
        ["$median: as an accumulator"] = new(TestScores,
            Group("{_id: null, test01_median: {$median: {input: '$test01', method: 'approximate'}}}"),
            "[{_id: null, test01_median: 62.0}]"),
        ["$percentile: a single value"] = new(TestScores,
            Group("{_id: null, test01_percentiles: {$percentile: {input: '$test01', p: [0.95], method: 'approximate'}}}"),
            "[{_id: null, test01_percentiles: [67.0]}]"),
        ["$percentile: multiple values"] = new(TestScores,
            Group("{_id: null, test01_percentiles: {$percentile: {input: '$test01', p: [0.5, 0.75, 0.9, 0.95], method: 'approximate'}}, test02_percentiles: {$percentile: {input: '$test02', p: [0.5, 0.75, 0.9, 0.95], method: 'approximate'}}, test03_percentiles: {$percentile: {input: '$test03', p: [0.5, 0.75, 0.9, 0.95], method: 'approximate'}}, test03_percent_alt: {$percentile: {input: '$test03', p: [0.9, 0.5, 0.75, 0.95], method: 'approximate'}}}"),
            "[{_id: null, test01_percentiles: [62.0, 64.0, 67.0, 67.0], test02_percentiles: [81.0, 82.0, 83.0, 83.0], test03_percentiles: [78.0, 79.0, 80.0, 80.0], test03_percent_alt: [80.0, 78.0, 79.0, 80.0]}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
