using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The $setWindowFields examples of the manual's accumulator pages (cakeSales by state, and the testScores
/// windows of $median and $percentile). $addToSet's element order is open, so its sets are sorted with
/// $sortArray; $avg, $stdDevPop, $median and $percentile answer doubles.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class AccumulatorWindowPageManualTests(MongoTarget target)
{
    private const string Cake0 = "_id: 0, type: 'chocolate', orderDate: ISODate('2020-05-18T14:10:30Z'), state: 'CA', price: 13, quantity: 120";
    private const string Cake1 = "_id: 1, type: 'chocolate', orderDate: ISODate('2021-03-20T11:30:05Z'), state: 'WA', price: 14, quantity: 140";
    private const string Cake2 = "_id: 2, type: 'vanilla', orderDate: ISODate('2021-01-11T06:31:15Z'), state: 'CA', price: 12, quantity: 145";
    private const string Cake3 = "_id: 3, type: 'vanilla', orderDate: ISODate('2020-02-08T13:13:23Z'), state: 'WA', price: 13, quantity: 104";
    private const string Cake4 = "_id: 4, type: 'strawberry', orderDate: ISODate('2019-05-18T16:09:01Z'), state: 'CA', price: 41, quantity: 162";
    private const string Cake5 = "_id: 5, type: 'strawberry', orderDate: ISODate('2019-01-08T06:12:03Z'), state: 'WA', price: 43, quantity: 134";

    private static readonly string CakeSales = $"{{c: [{{{Cake0}}}, {{{Cake1}}}, {{{Cake2}}}, {{{Cake3}}}, {{{Cake4}}}, {{{Cake5}}}]}}";

    private const string TestScores = "{c: [{_id: 1, studentId: '2345', test01: 62, test02: 81, test03: 80}, {_id: 2, studentId: '2356', test01: 60, test02: 83, test03: 79}, {_id: 3, studentId: '2358', test01: 67, test02: 82, test03: 78}, {_id: 4, studentId: '2367', test01: 64, test02: 72, test03: 77}, {_id: 5, studentId: '2369', test01: 60, test02: 53, test03: 72}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$sum: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {sumQuantityForState: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, sumQuantityForState: 162}}, {{{Cake0}, sumQuantityForState: 282}}, {{{Cake2}, sumQuantityForState: 427}}, {{{Cake5}, sumQuantityForState: 134}}, {{{Cake3}, sumQuantityForState: 238}}, {{{Cake1}, sumQuantityForState: 378}}]"),
        ["$avg: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {averageQuantityForState: {$avg: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, averageQuantityForState: 162.0}}, {{{Cake0}, averageQuantityForState: 141.0}}, {{{Cake2}, averageQuantityForState: 142.33333333333334}}, {{{Cake5}, averageQuantityForState: 134.0}}, {{{Cake3}, averageQuantityForState: 119.0}}, {{{Cake1}, averageQuantityForState: 126.0}}]"),
        ["$max: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {maximumQuantityForState: {$max: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, maximumQuantityForState: 162}}, {{{Cake0}, maximumQuantityForState: 162}}, {{{Cake2}, maximumQuantityForState: 162}}, {{{Cake5}, maximumQuantityForState: 134}}, {{{Cake3}, maximumQuantityForState: 134}}, {{{Cake1}, maximumQuantityForState: 140}}]"),
        ["$min: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {minimumQuantityForState: {$min: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, minimumQuantityForState: 162}}, {{{Cake0}, minimumQuantityForState: 120}}, {{{Cake2}, minimumQuantityForState: 120}}, {{{Cake5}, minimumQuantityForState: 134}}, {{{Cake3}, minimumQuantityForState: 104}}, {{{Cake1}, minimumQuantityForState: 104}}]"),
        ["$first: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {firstOrderTypeForState: {$first: '$type', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, firstOrderTypeForState: 'strawberry'}}, {{{Cake0}, firstOrderTypeForState: 'strawberry'}}, {{{Cake2}, firstOrderTypeForState: 'strawberry'}}, {{{Cake5}, firstOrderTypeForState: 'strawberry'}}, {{{Cake3}, firstOrderTypeForState: 'strawberry'}}, {{{Cake1}, firstOrderTypeForState: 'strawberry'}}]"),
        ["$last: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {lastOrderTypeForState: {$last: '$type', window: {documents: ['current', 'unbounded']}}}}}]}]",
            $"[{{{Cake4}, lastOrderTypeForState: 'vanilla'}}, {{{Cake0}, lastOrderTypeForState: 'vanilla'}}, {{{Cake2}, lastOrderTypeForState: 'vanilla'}}, {{{Cake5}, lastOrderTypeForState: 'chocolate'}}, {{{Cake3}, lastOrderTypeForState: 'chocolate'}}, {{{Cake1}, lastOrderTypeForState: 'chocolate'}}]"),
        ["$push: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {quantitiesForState: {$push: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, quantitiesForState: [162]}}, {{{Cake0}, quantitiesForState: [162, 120]}}, {{{Cake2}, quantitiesForState: [162, 120, 145]}}, {{{Cake5}, quantitiesForState: [134]}}, {{{Cake3}, quantitiesForState: [134, 104]}}, {{{Cake1}, quantitiesForState: [134, 104, 140]}}]"),
        ["$addToSet: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {cakeTypesForState: {$addToSet: '$type', window: {documents: ['unbounded', 'current']}}}}}, {$set: {cakeTypesForState: {$sortArray: {input: '$cakeTypesForState', sortBy: 1}}}}]}]",
            $"[{{{Cake4}, cakeTypesForState: ['strawberry']}}, {{{Cake0}, cakeTypesForState: ['chocolate', 'strawberry']}}, {{{Cake2}, cakeTypesForState: ['chocolate', 'strawberry', 'vanilla']}}, {{{Cake5}, cakeTypesForState: ['strawberry']}}, {{{Cake3}, cakeTypesForState: ['strawberry', 'vanilla']}}, {{{Cake1}, cakeTypesForState: ['chocolate', 'strawberry', 'vanilla']}}]"),
        ["$count: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {countNumberOfDocumentsForState: {$count: {}, window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, countNumberOfDocumentsForState: 1}}, {{{Cake0}, countNumberOfDocumentsForState: 2}}, {{{Cake2}, countNumberOfDocumentsForState: 3}}, {{{Cake5}, countNumberOfDocumentsForState: 1}}, {{{Cake3}, countNumberOfDocumentsForState: 2}}, {{{Cake1}, countNumberOfDocumentsForState: 3}}]"),
        ["$stdDevPop: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {stdDevPopQuantityForState: {$stdDevPop: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, stdDevPopQuantityForState: 0.0}}, {{{Cake0}, stdDevPopQuantityForState: 21.0}}, {{{Cake2}, stdDevPopQuantityForState: 17.249798710580816}}, {{{Cake5}, stdDevPopQuantityForState: 0.0}}, {{{Cake3}, stdDevPopQuantityForState: 15.0}}, {{{Cake1}, stdDevPopQuantityForState: 15.748015748023622}}]"),
        ["$stdDevSamp: in $setWindowFields"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {stdDevSampQuantityForState: {$stdDevSamp: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, stdDevSampQuantityForState: null}}, {{{Cake0}, stdDevSampQuantityForState: 29.698484809834994}}, {{{Cake2}, stdDevSampQuantityForState: 21.1266025033211}}, {{{Cake5}, stdDevSampQuantityForState: null}}, {{{Cake3}, stdDevSampQuantityForState: 21.213203435596427}}, {{{Cake1}, stdDevSampQuantityForState: 19.28730152198591}}]"),
        ["$median: in $setWindowFields"] = new(TestScores,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {sortBy: {test01: 1}, output: {test01_median: {$median: {input: '$test01', method: 'approximate'}, window: {range: [-3, 3]}}}}}, {$project: {_id: 0, studentId: 1, test01_median: 1}}]}]",
            "[{studentId: '2356', test01_median: 60.0}, {studentId: '2369', test01_median: 60.0}, {studentId: '2345', test01_median: 60.0}, {studentId: '2367', test01_median: 64.0}, {studentId: '2358', test01_median: 64.0}]"),
        ["$percentile: in $setWindowFields"] = new(TestScores,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {sortBy: {test01: 1}, output: {test01_95percentile: {$percentile: {input: '$test01', p: [0.95], method: 'approximate'}, window: {range: [-3, 3]}}}}}, {$project: {_id: 0, studentId: 1, test01_95percentile: 1}}]}]",
            "[{studentId: '2356', test01_95percentile: [62.0]}, {studentId: '2369', test01_95percentile: [62.0]}, {studentId: '2345', test01_95percentile: [64.0]}, {studentId: '2367', test01_95percentile: [67.0]}, {studentId: '2358', test01_95percentile: [67.0]}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
