using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's $expMovingAvg, $derivative and $integral pages (window functions of
/// $setWindowFields), digit for digit: mongod's arithmetic order decides the last digits.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class WindowCalculusPageManualTests(MongoTarget target)
{
    private const string StockPrices = "{c: [{_id: 1, stock: 'MDB', date: ISODate('2020-05-18T20:00:00Z'), price: 13}, {_id: 2, stock: 'MDB', date: ISODate('2020-05-19T20:00:00Z'), price: 15.4}, {_id: 3, stock: 'MDB', date: ISODate('2020-05-20T20:00:00Z'), price: 12}, {_id: 4, stock: 'MDB', date: ISODate('2020-05-21T20:00:00Z'), price: 11.7}, {_id: 5, stock: 'MSFT', date: ISODate('2020-05-18T20:00:00Z'), price: 82}, {_id: 6, stock: 'MSFT', date: ISODate('2020-05-19T20:00:00Z'), price: 94}, {_id: 7, stock: 'MSFT', date: ISODate('2020-05-20T20:00:00Z'), price: 112}, {_id: 8, stock: 'MSFT', date: ISODate('2020-05-21T20:00:00Z'), price: 97.3}]}";

    private const string DeliveryFleet = "{c: [{_id: 1, truckID: '1', timeStamp: ISODate('2020-05-18T14:10:30Z'), miles: 1295.1}, {_id: 2, truckID: '1', timeStamp: ISODate('2020-05-18T14:11:00Z'), miles: 1295.63}, {_id: 3, truckID: '1', timeStamp: ISODate('2020-05-18T14:11:30Z'), miles: 1296.25}, {_id: 4, truckID: '1', timeStamp: ISODate('2020-05-18T14:12:00Z'), miles: 1296.76}, {_id: 5, truckID: '2', timeStamp: ISODate('2020-05-18T14:10:30Z'), miles: 10234.1}, {_id: 6, truckID: '2', timeStamp: ISODate('2020-05-18T14:11:00Z'), miles: 10234.33}, {_id: 7, truckID: '2', timeStamp: ISODate('2020-05-18T14:11:30Z'), miles: 10234.73}, {_id: 8, truckID: '2', timeStamp: ISODate('2020-05-18T14:12:00Z'), miles: 10235.13}]}";

    private const string PowerConsumption = "{c: [{_id: 1, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.95}, {_id: 2, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.7}, {_id: 3, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:11:30Z'), kilowatts: 2.6}, {_id: 4, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:12:00Z'), kilowatts: 2.98}, {_id: 5, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.5}, {_id: 6, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.25}, {_id: 7, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:11:30Z'), kilowatts: 2.75}, {_id: 8, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:12:00Z'), kilowatts: 2.82}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$expMovingAvg: using N"] = new(StockPrices,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$stock', sortBy: {date: 1}, output: {expMovingAvgForStock: {$expMovingAvg: {input: '$price', N: 2}}}}}]}]",
            "[{_id: 1, stock: 'MDB', date: ISODate('2020-05-18T20:00:00Z'), price: 13, expMovingAvgForStock: 13.0}, {_id: 2, stock: 'MDB', date: ISODate('2020-05-19T20:00:00Z'), price: 15.4, expMovingAvgForStock: 14.6}, {_id: 3, stock: 'MDB', date: ISODate('2020-05-20T20:00:00Z'), price: 12, expMovingAvgForStock: 12.866666666666667}, {_id: 4, stock: 'MDB', date: ISODate('2020-05-21T20:00:00Z'), price: 11.7, expMovingAvgForStock: 12.088888888888889}, {_id: 5, stock: 'MSFT', date: ISODate('2020-05-18T20:00:00Z'), price: 82, expMovingAvgForStock: 82.0}, {_id: 6, stock: 'MSFT', date: ISODate('2020-05-19T20:00:00Z'), price: 94, expMovingAvgForStock: 90.0}, {_id: 7, stock: 'MSFT', date: ISODate('2020-05-20T20:00:00Z'), price: 112, expMovingAvgForStock: 104.66666666666667}, {_id: 8, stock: 'MSFT', date: ISODate('2020-05-21T20:00:00Z'), price: 97.3, expMovingAvgForStock: 99.75555555555556}]"),
        ["$expMovingAvg: using alpha"] = new(StockPrices,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$stock', sortBy: {date: 1}, output: {expMovingAvgForStock: {$expMovingAvg: {input: '$price', alpha: 0.75}}}}}]}]",
            "[{_id: 1, stock: 'MDB', date: ISODate('2020-05-18T20:00:00Z'), price: 13, expMovingAvgForStock: 13.0}, {_id: 2, stock: 'MDB', date: ISODate('2020-05-19T20:00:00Z'), price: 15.4, expMovingAvgForStock: 14.8}, {_id: 3, stock: 'MDB', date: ISODate('2020-05-20T20:00:00Z'), price: 12, expMovingAvgForStock: 12.7}, {_id: 4, stock: 'MDB', date: ISODate('2020-05-21T20:00:00Z'), price: 11.7, expMovingAvgForStock: 11.95}, {_id: 5, stock: 'MSFT', date: ISODate('2020-05-18T20:00:00Z'), price: 82, expMovingAvgForStock: 82.0}, {_id: 6, stock: 'MSFT', date: ISODate('2020-05-19T20:00:00Z'), price: 94, expMovingAvgForStock: 91.0}, {_id: 7, stock: 'MSFT', date: ISODate('2020-05-20T20:00:00Z'), price: 112, expMovingAvgForStock: 106.75}, {_id: 8, stock: 'MSFT', date: ISODate('2020-05-21T20:00:00Z'), price: 97.3, expMovingAvgForStock: 99.6625}]"),
        ["$derivative: average speed above 50 miles per hour"] = new(DeliveryFleet,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$truckID', sortBy: {timeStamp: 1}, output: {truckAverageSpeed: {$derivative: {input: '$miles', unit: 'hour'}, window: {range: [-30, 0], unit: 'second'}}}}}, {$match: {truckAverageSpeed: {$gt: 50}}}]}]",
            "[{_id: 2, truckID: '1', timeStamp: ISODate('2020-05-18T14:11:00Z'), miles: 1295.63, truckAverageSpeed: 63.60000000002401}, {_id: 3, truckID: '1', timeStamp: ISODate('2020-05-18T14:11:30Z'), miles: 1296.25, truckAverageSpeed: 74.3999999999869}, {_id: 4, truckID: '1', timeStamp: ISODate('2020-05-18T14:12:00Z'), miles: 1296.76, truckAverageSpeed: 61.199999999998916}]"),
        ["$integral: kilowatt-hours by meter"] = new(PowerConsumption,
            "[{aggregate: 'c', pipeline: [{$setWindowFields: {partitionBy: '$powerMeterID', sortBy: {timeStamp: 1}, output: {powerMeterKilowattHours: {$integral: {input: '$kilowatts', unit: 'hour'}, window: {range: ['unbounded', 'current'], unit: 'hour'}}}}}]}]",
            "[{_id: 1, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.95, powerMeterKilowattHours: 0.0}, {_id: 2, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.7, powerMeterKilowattHours: 0.023541666666666666}, {_id: 3, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:11:30Z'), kilowatts: 2.6, powerMeterKilowattHours: 0.045625}, {_id: 4, powerMeterID: '1', timeStamp: ISODate('2020-05-18T14:12:00Z'), kilowatts: 2.98, powerMeterKilowattHours: 0.068875}, {_id: 5, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.5, powerMeterKilowattHours: 0.0}, {_id: 6, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.25, powerMeterKilowattHours: 0.019791666666666666}, {_id: 7, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:11:30Z'), kilowatts: 2.75, powerMeterKilowattHours: 0.040625}, {_id: 8, powerMeterID: '2', timeStamp: ISODate('2020-05-18T14:12:00Z'), kilowatts: 2.82, powerMeterKilowattHours: 0.06383333333333334}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
