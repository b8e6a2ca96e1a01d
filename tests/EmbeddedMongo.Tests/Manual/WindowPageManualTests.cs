using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's $setWindowFields page and of its window operator pages ($rank,
/// $denseRank, $documentNumber, $shift, $locf, $linearFill, $covariancePop...). $avg answers doubles
/// where the manual's shell prints 134 for 134.0.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class WindowPageManualTests(MongoTarget target)
{
    private const string CakeSales = "{c: [{_id: 0, type: 'chocolate', orderDate: ISODate('2020-05-18T14:10:30Z'), state: 'CA', price: 13, quantity: 120}, {_id: 1, type: 'chocolate', orderDate: ISODate('2021-03-20T11:30:05Z'), state: 'WA', price: 14, quantity: 140}, {_id: 2, type: 'vanilla', orderDate: ISODate('2021-01-11T06:31:15Z'), state: 'CA', price: 12, quantity: 145}, {_id: 3, type: 'vanilla', orderDate: ISODate('2020-02-08T13:13:23Z'), state: 'WA', price: 13, quantity: 104}, {_id: 4, type: 'strawberry', orderDate: ISODate('2019-05-18T16:09:01Z'), state: 'CA', price: 41, quantity: 162}, {_id: 5, type: 'strawberry', orderDate: ISODate('2019-01-08T06:12:03Z'), state: 'WA', price: 43, quantity: 134}]}";

    private const string Cake0 = "_id: 0, type: 'chocolate', orderDate: ISODate('2020-05-18T14:10:30Z'), state: 'CA', price: 13, quantity: 120";
    private const string Cake1 = "_id: 1, type: 'chocolate', orderDate: ISODate('2021-03-20T11:30:05Z'), state: 'WA', price: 14, quantity: 140";
    private const string Cake2 = "_id: 2, type: 'vanilla', orderDate: ISODate('2021-01-11T06:31:15Z'), state: 'CA', price: 12, quantity: 145";
    private const string Cake3 = "_id: 3, type: 'vanilla', orderDate: ISODate('2020-02-08T13:13:23Z'), state: 'WA', price: 13, quantity: 104";
    private const string Cake4 = "_id: 4, type: 'strawberry', orderDate: ISODate('2019-05-18T16:09:01Z'), state: 'CA', price: 41, quantity: 162";
    private const string Cake5 = "_id: 5, type: 'strawberry', orderDate: ISODate('2019-01-08T06:12:03Z'), state: 'WA', price: 43, quantity: 134";

    private const string Cake6 = "_id: 6, type: 'strawberry', orderDate: ISODate('2020-01-08T06:12:03Z'), state: 'WA', price: 41, quantity: 134";
    private const string Cake7 = "_id: 7, type: 'strawberry', orderDate: ISODate('2020-01-01T06:12:03Z'), state: 'WA', price: 34, quantity: 134";
    private const string Cake8 = "_id: 8, type: 'strawberry', orderDate: ISODate('2020-01-02T06:12:03Z'), state: 'WA', price: 40, quantity: 134";
    private const string Cake9 = "_id: 9, type: 'strawberry', orderDate: ISODate('2020-05-11T16:09:01Z'), state: 'CA', price: 39, quantity: 162";
    private const string Cake10 = "_id: 10, type: 'strawberry', orderDate: ISODate('2020-05-11T16:09:01Z'), state: 'CA', price: 39, quantity: null";
    private const string Cake11 = "_id: 11, type: 'strawberry', orderDate: ISODate('2020-05-11T16:09:01Z'), state: 'CA', price: 39";

    private static readonly string CakeSalesWithDuplicates = $"{{c: [{{{Cake0}}}, {{{Cake1}}}, {{{Cake2}}}, {{{Cake3}}}, {{{Cake4}}}, {{{Cake5}}}, {{{Cake6}}}, {{{Cake7}}}, {{{Cake8}}}, {{{Cake9}}}, {{{Cake10}}}, {{{Cake11}}}]}}";

    private const string Stock = "{c: [{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z')}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z')}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z')}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$setWindowFields: cumulative quantity for each state"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {cumulativeQuantityForState: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, cumulativeQuantityForState: 162}}, {{{Cake0}, cumulativeQuantityForState: 282}}, {{{Cake2}, cumulativeQuantityForState: 427}}, {{{Cake5}, cumulativeQuantityForState: 134}}, {{{Cake3}, cumulativeQuantityForState: 238}}, {{{Cake1}, cumulativeQuantityForState: 378}}]"),
        ["$setWindowFields: cumulative quantity for each year"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {cumulativeQuantityForYear: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake5}, cumulativeQuantityForYear: 134}}, {{{Cake4}, cumulativeQuantityForYear: 296}}, {{{Cake3}, cumulativeQuantityForYear: 104}}, {{{Cake0}, cumulativeQuantityForYear: 224}}, {{{Cake2}, cumulativeQuantityForYear: 145}}, {{{Cake1}, cumulativeQuantityForYear: 285}}]"),
        ["$setWindowFields: moving average quantity for each year"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {averageQuantity: {$avg: '$quantity', window: {documents: [-1, 0]}}}}}]}]",
            $"[{{{Cake5}, averageQuantity: 134.0}}, {{{Cake4}, averageQuantity: 148.0}}, {{{Cake3}, averageQuantity: 104.0}}, {{{Cake0}, averageQuantity: 112.0}}, {{{Cake2}, averageQuantity: 145.0}}, {{{Cake1}, averageQuantity: 142.5}}]"),
        ["$setWindowFields: cumulative and maximum quantity for each year"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {cumulativeQuantityForYear: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}, maximumQuantityForYear: {$max: '$quantity', window: {documents: ['unbounded', 'unbounded']}}}}}]}]",
            $"[{{{Cake5}, cumulativeQuantityForYear: 134, maximumQuantityForYear: 162}}, {{{Cake4}, cumulativeQuantityForYear: 296, maximumQuantityForYear: 162}}, {{{Cake3}, cumulativeQuantityForYear: 104, maximumQuantityForYear: 120}}, {{{Cake0}, cumulativeQuantityForYear: 224, maximumQuantityForYear: 120}}, {{{Cake2}, cumulativeQuantityForYear: 145, maximumQuantityForYear: 145}}, {{{Cake1}, cumulativeQuantityForYear: 285, maximumQuantityForYear: 145}}]"),
        ["$setWindowFields: range window of plus or minus 10 dollars"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {price: 1}, output: {quantityFromSimilarOrders: {$sum: '$quantity', window: {range: [-10, 10]}}}}}]}]",
            $"[{{{Cake2}, quantityFromSimilarOrders: 265}}, {{{Cake0}, quantityFromSimilarOrders: 265}}, {{{Cake4}, quantityFromSimilarOrders: 162}}, {{{Cake3}, quantityFromSimilarOrders: 244}}, {{{Cake1}, quantityFromSimilarOrders: 244}}, {{{Cake5}, quantityFromSimilarOrders: 134}}]"),
        ["$setWindowFields: time range window with a positive upper bound"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {recentOrders: {$push: '$orderDate', window: {range: ['unbounded', 10], unit: 'month'}}}}}]}]",
            $"[{{{Cake4}, recentOrders: [ISODate('2019-05-18T16:09:01Z')]}}, {{{Cake0}, recentOrders: [ISODate('2019-05-18T16:09:01Z'), ISODate('2020-05-18T14:10:30Z'), ISODate('2021-01-11T06:31:15Z')]}}, {{{Cake2}, recentOrders: [ISODate('2019-05-18T16:09:01Z'), ISODate('2020-05-18T14:10:30Z'), ISODate('2021-01-11T06:31:15Z')]}}, {{{Cake5}, recentOrders: [ISODate('2019-01-08T06:12:03Z')]}}, {{{Cake3}, recentOrders: [ISODate('2019-01-08T06:12:03Z'), ISODate('2020-02-08T13:13:23Z')]}}, {{{Cake1}, recentOrders: [ISODate('2019-01-08T06:12:03Z'), ISODate('2020-02-08T13:13:23Z'), ISODate('2021-03-20T11:30:05Z')]}}]"),
        ["$setWindowFields: time range window with a negative upper bound"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {recentOrders: {$push: '$orderDate', window: {range: ['unbounded', -10], unit: 'month'}}}}}]}]",
            $"[{{{Cake4}, recentOrders: []}}, {{{Cake0}, recentOrders: [ISODate('2019-05-18T16:09:01Z')]}}, {{{Cake2}, recentOrders: [ISODate('2019-05-18T16:09:01Z')]}}, {{{Cake5}, recentOrders: []}}, {{{Cake3}, recentOrders: [ISODate('2019-01-08T06:12:03Z')]}}, {{{Cake1}, recentOrders: [ISODate('2019-01-08T06:12:03Z'), ISODate('2020-02-08T13:13:23Z')]}}]"),
        ["$rank: partitions by an integer field"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {rankQuantityForState: {$rank: {}}}}}]}]",
            $"[{{{Cake4}, rankQuantityForState: 1}}, {{{Cake2}, rankQuantityForState: 2}}, {{{Cake0}, rankQuantityForState: 3}}, {{{Cake1}, rankQuantityForState: 1}}, {{{Cake5}, rankQuantityForState: 2}}, {{{Cake3}, rankQuantityForState: 3}}]"),
        ["$rank: partitions by a date field"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {rankOrderDateForState: {$rank: {}}}}}]}]",
            $"[{{{Cake4}, rankOrderDateForState: 1}}, {{{Cake0}, rankOrderDateForState: 2}}, {{{Cake2}, rankOrderDateForState: 3}}, {{{Cake5}, rankOrderDateForState: 1}}, {{{Cake3}, rankOrderDateForState: 2}}, {{{Cake1}, rankOrderDateForState: 3}}]"),
        ["$rank: duplicates, nulls and missing values"] = new(CakeSalesWithDuplicates,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {rankQuantityForState: {$rank: {}}}}}]}]",
            $"[{{{Cake4}, rankQuantityForState: 1}}, {{{Cake9}, rankQuantityForState: 1}}, {{{Cake2}, rankQuantityForState: 3}}, {{{Cake0}, rankQuantityForState: 4}}, {{{Cake10}, rankQuantityForState: 5}}, {{{Cake11}, rankQuantityForState: 5}}, {{{Cake1}, rankQuantityForState: 1}}, {{{Cake5}, rankQuantityForState: 2}}, {{{Cake6}, rankQuantityForState: 2}}, {{{Cake7}, rankQuantityForState: 2}}, {{{Cake8}, rankQuantityForState: 2}}, {{{Cake3}, rankQuantityForState: 6}}]"),
        ["$denseRank: partitions by an integer field"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {denseRankQuantityForState: {$denseRank: {}}}}}]}]",
            $"[{{{Cake4}, denseRankQuantityForState: 1}}, {{{Cake2}, denseRankQuantityForState: 2}}, {{{Cake0}, denseRankQuantityForState: 3}}, {{{Cake1}, denseRankQuantityForState: 1}}, {{{Cake5}, denseRankQuantityForState: 2}}, {{{Cake3}, denseRankQuantityForState: 3}}]"),
        ["$denseRank: partitions by a date field"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {denseRankOrderDateForState: {$denseRank: {}}}}}]}]",
            $"[{{{Cake4}, denseRankOrderDateForState: 1}}, {{{Cake0}, denseRankOrderDateForState: 2}}, {{{Cake2}, denseRankOrderDateForState: 3}}, {{{Cake5}, denseRankOrderDateForState: 1}}, {{{Cake3}, denseRankOrderDateForState: 2}}, {{{Cake1}, denseRankOrderDateForState: 3}}]"),
        ["$denseRank: duplicates, nulls and missing values"] = new(CakeSalesWithDuplicates,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {denseRankQuantityForState: {$denseRank: {}}}}}]}]",
            $"[{{{Cake4}, denseRankQuantityForState: 1}}, {{{Cake9}, denseRankQuantityForState: 1}}, {{{Cake2}, denseRankQuantityForState: 2}}, {{{Cake0}, denseRankQuantityForState: 3}}, {{{Cake10}, denseRankQuantityForState: 4}}, {{{Cake11}, denseRankQuantityForState: 4}}, {{{Cake1}, denseRankQuantityForState: 1}}, {{{Cake5}, denseRankQuantityForState: 2}}, {{{Cake6}, denseRankQuantityForState: 2}}, {{{Cake7}, denseRankQuantityForState: 2}}, {{{Cake8}, denseRankQuantityForState: 2}}, {{{Cake3}, denseRankQuantityForState: 3}}]"),
        ["$documentNumber: for each state"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {documentNumberForState: {$documentNumber: {}}}}}]}]",
            $"[{{{Cake4}, documentNumberForState: 1}}, {{{Cake2}, documentNumberForState: 2}}, {{{Cake0}, documentNumberForState: 3}}, {{{Cake1}, documentNumberForState: 1}}, {{{Cake5}, documentNumberForState: 2}}, {{{Cake3}, documentNumberForState: 3}}]"),
        ["$documentNumber: duplicates, nulls and missing values"] = new(CakeSalesWithDuplicates,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {documentNumberForState: {$documentNumber: {}}}}}]}]",
            $"[{{{Cake4}, documentNumberForState: 1}}, {{{Cake9}, documentNumberForState: 2}}, {{{Cake2}, documentNumberForState: 3}}, {{{Cake0}, documentNumberForState: 4}}, {{{Cake10}, documentNumberForState: 5}}, {{{Cake11}, documentNumberForState: 6}}, {{{Cake1}, documentNumberForState: 1}}, {{{Cake5}, documentNumberForState: 2}}, {{{Cake6}, documentNumberForState: 3}}, {{{Cake7}, documentNumberForState: 4}}, {{{Cake8}, documentNumberForState: 5}}, {{{Cake3}, documentNumberForState: 6}}]"),
        ["$shift: positive integer"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {shiftQuantityForState: {$shift: {output: '$quantity', by: 1, default: 'Not available'}}}}}]}]",
            $"[{{{Cake4}, shiftQuantityForState: 145}}, {{{Cake2}, shiftQuantityForState: 120}}, {{{Cake0}, shiftQuantityForState: 'Not available'}}, {{{Cake1}, shiftQuantityForState: 134}}, {{{Cake5}, shiftQuantityForState: 104}}, {{{Cake3}, shiftQuantityForState: 'Not available'}}]"),
        ["$shift: negative integer"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {shiftQuantityForState: {$shift: {output: '$quantity', by: -1, default: 'Not available'}}}}}]}]",
            $"[{{{Cake4}, shiftQuantityForState: 'Not available'}}, {{{Cake2}, shiftQuantityForState: 162}}, {{{Cake0}, shiftQuantityForState: 145}}, {{{Cake1}, shiftQuantityForState: 'Not available'}}, {{{Cake5}, shiftQuantityForState: 140}}, {{{Cake3}, shiftQuantityForState: 134}}]"),
        ["$locf: last observed value"] = new(Stock,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {sortBy: {time: 1}, output: {price: {$locf: '$price'}}}}]}]",
            "[{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z'), price: 500}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z'), price: 515}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z'), price: 515}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485}]"),
        ["$linearFill: linear interpolation"] = new(Stock,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {sortBy: {time: 1}, output: {price: {$linearFill: '$price'}}}}]}]",
            "[{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z'), price: 507.5}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z'), price: 505.0}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z'), price: 495.0}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485}]"),
        ["$linearFill and $locf: multiple fill methods in one stage"] = new(Stock,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {sortBy: {time: 1}, output: {linearFillPrice: {$linearFill: '$price'}, locfPrice: {$locf: '$price'}}}}]}]",
            "[{_id: 1, time: ISODate('2021-03-08T09:00:00.000Z'), price: 500, linearFillPrice: 500, locfPrice: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00.000Z'), linearFillPrice: 507.5, locfPrice: 500}, {_id: 3, time: ISODate('2021-03-08T11:00:00.000Z'), price: 515, linearFillPrice: 515, locfPrice: 515}, {_id: 4, time: ISODate('2021-03-08T12:00:00.000Z'), linearFillPrice: 505.0, locfPrice: 515}, {_id: 5, time: ISODate('2021-03-08T13:00:00.000Z'), linearFillPrice: 495.0, locfPrice: 515}, {_id: 6, time: ISODate('2021-03-08T14:00:00.000Z'), price: 485, linearFillPrice: 485, locfPrice: 485}]"),
        ["$covariancePop: year and quantity"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {covariancePopForState: {$covariancePop: [{$year: '$orderDate'}, '$quantity'], window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, covariancePopForState: 0.0}}, {{{Cake0}, covariancePopForState: -10.5}}, {{{Cake2}, covariancePopForState: -5.666666666666671}}, {{{Cake5}, covariancePopForState: 0.0}}, {{{Cake3}, covariancePopForState: -7.5}}, {{{Cake1}, covariancePopForState: 2.0}}]"),
        ["$covarianceSamp: year and quantity"] = new(CakeSales,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {covarianceSampForState: {$covarianceSamp: [{$year: '$orderDate'}, '$quantity'], window: {documents: ['unbounded', 'current']}}}}}]}]",
            $"[{{{Cake4}, covarianceSampForState: null}}, {{{Cake0}, covarianceSampForState: -21.0}}, {{{Cake2}, covarianceSampForState: -8.500000000000007}}, {{{Cake5}, covarianceSampForState: null}}, {{{Cake3}, covarianceSampForState: -15.0}}, {{{Cake1}, covarianceSampForState: 3.0}}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
