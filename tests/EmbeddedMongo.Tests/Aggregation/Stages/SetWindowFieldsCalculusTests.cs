using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

/// <summary>$derivative, $integral, $expMovingAvg, $covariancePop/$covarianceSamp and $linearFill, on the manual's collections.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class SetWindowFieldsCalculusTests(MongoTarget target)
{
    private const string StockPrices =
        "[{stock: 'MDB', date: ISODate('2020-05-18T20:00:00Z'), price: 13}, {stock: 'MDB', date: ISODate('2020-05-19T20:00:00Z'), price: 15.4}," +
        " {stock: 'MDB', date: ISODate('2020-05-20T20:00:00Z'), price: 12}, {stock: 'MDB', date: ISODate('2020-05-21T20:00:00Z'), price: 11.7}," +
        " {stock: 'MSFT', date: ISODate('2020-05-18T20:00:00Z'), price: 82}, {stock: 'MSFT', date: ISODate('2020-05-19T20:00:00Z'), price: 94}," +
        " {stock: 'MSFT', date: ISODate('2020-05-20T20:00:00Z'), price: 112}, {stock: 'MSFT', date: ISODate('2020-05-21T20:00:00Z'), price: 97.3}]";

    private const string PowerConsumption =
        "[{meter: '1', at: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.95}, {meter: '1', at: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.7}," +
        " {meter: '1', at: ISODate('2020-05-18T14:11:30Z'), kilowatts: 2.6}, {meter: '1', at: ISODate('2020-05-18T14:12:00Z'), kilowatts: 2.98}," +
        " {meter: '2', at: ISODate('2020-05-18T14:10:30Z'), kilowatts: 2.5}, {meter: '2', at: ISODate('2020-05-18T14:11:00Z'), kilowatts: 2.25}]";

    private const string DeliveryFleet =
        "[{truck: '1', at: ISODate('2020-05-18T14:10:30Z'), miles: 1295.1}, {truck: '1', at: ISODate('2020-05-18T14:11:00Z'), miles: 1295.63}," +
        " {truck: '1', at: ISODate('2020-05-18T14:11:30Z'), miles: 1296.25}, {truck: '1', at: ISODate('2020-05-18T14:12:00Z'), miles: 1296.76}]";

    private async Task<List<BsonValue>> OutputAsync(string documents, string stage, string sort)
    {
        var collection = await Aggregate.SeedAsync(target, documents);
        var result = await Aggregate.RunAsync(collection, "[{$setWindowFields: " + stage + "}, {$sort: " + sort + "}]");
        return result.Select(d => d["v"]).ToList();
    }

    private static void Near(double?[] expected, List<BsonValue> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null)
            {
                Assert.True(actual[i].IsBsonNull, $"position {i}: expected null, got {actual[i]}");
            }
            else
            {
                Assert.Equal(expected[i]!.Value, actual[i].ToDouble(), 9);
            }
        }
    }

    [Theory]
    [InlineData("N: 2", new[] { 13, 14.6, 12.866666666666667, 12.088888888888889, 82, 90, 104.66666666666667, 99.75555555555556 })]
    [InlineData("alpha: 0.75", new[] { 13, 14.8, 12.7, 11.95, 82, 91, 106.75, 99.6625 })]
    public async Task ExpMovingAvg_weights_each_price_against_the_previous_result(string weight, double[] expected)
    {
        var output = await OutputAsync(StockPrices, "{partitionBy: '$stock', sortBy: {date: 1}, output: {v: {$expMovingAvg: {input: '$price', " + weight + "}}}}", "{stock: 1, date: 1}");
        Near(expected.Select(e => (double?)e).ToArray(), output);
    }

    [Fact]
    public async Task ExpMovingAvg_runs_in_decimal_like_mongod_and_answers_the_same_last_digit()
    {
        // Doubles alone give 12.866666666666665 and 104.66666666666666 here.
        var output = await OutputAsync(StockPrices, "{partitionBy: '$stock', sortBy: {date: 1}, output: {v: {$expMovingAvg: {input: '$price', N: 2}}}}", "{stock: 1, date: 1}");
        Assert.Equal([13, 14.6, 12.866666666666667, 12.088888888888889, 82, 90, 104.66666666666667, 99.75555555555556], output.Select(v => v.AsDouble));
    }

    [Fact]
    public async Task ExpMovingAvg_of_decimals_answers_decimals()
    {
        var output = await OutputAsync("[{t: 1, x: NumberDecimal('10')}, {t: 2, x: NumberDecimal('20')}]", "{sortBy: {t: 1}, output: {v: {$expMovingAvg: {input: '$x', alpha: 0.5}}}}", "{t: 1}");
        Assert.All(output, v => Assert.Equal(BsonType.Decimal128, v.BsonType));
        Assert.Equal(15m, output[1].AsDecimal);
    }

    [Fact]
    public async Task ExpMovingAvg_ignores_non_numeric_inputs_and_keeps_the_previous_result()
    {
        var output = await OutputAsync("[{t: 1, x: 'a'}, {t: 2, x: 10}, {t: 3}, {t: 4, x: 20}]", "{sortBy: {t: 1}, output: {v: {$expMovingAvg: {input: '$x', alpha: 0.5}}}}", "{t: 1}");
        Near([null, 10, 10, 15], output);
    }

    [Fact]
    public async Task Integral_sums_trapezoids_over_the_sortBy_dates_in_the_unit()
    {
        var output = await OutputAsync(PowerConsumption, "{partitionBy: '$meter', sortBy: {at: 1}, output: {v: {$integral: {input: '$kilowatts', unit: 'hour'}, window: {range: ['unbounded', 'current'], unit: 'hour'}}}}", "{meter: 1, at: 1}");

        // Each 30 s trapezoid is (30 / 3600) h times the mean of its two readings.
        Near([0, 2.825 / 120, (2.825 + 2.65) / 120, (2.825 + 2.65 + 2.79) / 120, 0, 2.375 / 120], output);
    }

    [Fact]
    public async Task Calculus_in_a_unit_gives_mongods_last_digits()
    {
        // The slope is taken per millisecond and then scaled to the unit; the area is summed in milliseconds
        // and converted once: dividing in another order changes the last digit.
        var speeds = await OutputAsync(DeliveryFleet, "{partitionBy: '$truck', sortBy: {at: 1}, output: {v: {$derivative: {input: '$miles', unit: 'hour'}, window: {range: [-30, 0], unit: 'second'}}}}", "{at: 1}");
        Assert.Equal([63.60000000002401, 74.3999999999869, 61.199999999998916], speeds.Skip(1).Select(v => v.AsDouble));
        var energy = await OutputAsync(PowerConsumption, "{partitionBy: '$meter', sortBy: {at: 1}, output: {v: {$integral: {input: '$kilowatts', unit: 'hour'}, window: {range: ['unbounded', 'current'], unit: 'hour'}}}}", "{meter: 1, at: 1}");
        Assert.Equal([0, 0.023541666666666666, 0.045625, 0.068875, 0, 0.019791666666666666], energy.Select(v => v.AsDouble));
    }

    [Fact]
    public async Task Integral_without_a_window_covers_the_whole_partition_on_a_numeric_axis()
    {
        var output = await OutputAsync("[{x: 0, y: 0}, {x: 1, y: 2}, {x: 3, y: 2}]", "{sortBy: {x: 1}, output: {v: {$integral: {input: '$y'}}}}", "{x: 1}");
        Near([5, 5, 5], output);
    }

    [Fact]
    public async Task Derivative_is_the_rate_between_the_first_and_last_document_of_the_window()
    {
        var output = await OutputAsync(DeliveryFleet, "{partitionBy: '$truck', sortBy: {at: 1}, output: {v: {$derivative: {input: '$miles', unit: 'hour'}, window: {range: [-30, 0], unit: 'second'}}}}", "{at: 1}");

        // 0.53, 0.62 and 0.51 miles in 30 seconds; the first reading has nothing before it in its window.
        Near([null, 63.6, 74.4, 61.2], output);
    }

    [Fact]
    public async Task Derivative_requires_explicit_window_bounds()
    {
        var collection = await Aggregate.SeedAsync(target, DeliveryFleet);
        await Aggregate.FailsAsync(collection, "[{$setWindowFields: {sortBy: {at: 1}, output: {v: {$derivative: {input: '$miles', unit: 'hour'}}}}}]");
    }

    [Fact]
    public async Task Derivative_with_a_unit_refuses_a_numeric_sortBy()
    {
        var collection = await Aggregate.SeedAsync(target, "[{x: 1, y: 1}, {x: 2, y: 3}]");
        await Aggregate.FailsAsync(collection, "[{$setWindowFields: {sortBy: {x: 1}, output: {v: {$derivative: {input: '$y', unit: 'hour'}, window: {documents: [-1, 0]}}}}}]");
    }

    [Fact]
    public async Task LinearFill_interpolates_missing_prices_along_the_time_axis()
    {
        var documents = "[{time: ISODate('2021-03-08T09:00:00Z'), price: 500}, {time: ISODate('2021-03-08T10:00:00Z')}, {time: ISODate('2021-03-08T11:00:00Z'), price: 515}," +
            " {time: ISODate('2021-03-08T12:00:00Z')}, {time: ISODate('2021-03-08T13:00:00Z')}, {time: ISODate('2021-03-08T14:00:00Z'), price: 485}, {time: ISODate('2021-03-08T15:00:00Z')}]";
        var output = await OutputAsync(documents, "{sortBy: {time: 1}, output: {v: {$linearFill: '$price'}}}", "{time: 1}");

        // The trailing gap has no value after it, so it stays null.
        Near([500, 507.5, 515, 505, 495, 485, null], output);
    }

    [Fact]
    public async Task LinearFill_needs_exactly_one_sortBy_field()
    {
        var collection = await Aggregate.SeedAsync(target, "[{a: 1, b: 1, v: 1}]");
        var error = await Aggregate.FailsAsync(collection, "[{$setWindowFields: {sortBy: {a: 1, b: 1}, output: {v: {$linearFill: '$v'}}}}]");
        Assert.Equal(605001, error.Code);
    }

    [Theory]
    [InlineData("$covariancePop", new[] { 0, 0.5, 5.0 / 3 })]
    [InlineData("$covarianceSamp", new[] { double.NaN, 1, 2.5 })]
    public async Task Covariance_of_two_expressions_over_a_running_window(string op, double[] expected)
    {
        var output = await OutputAsync("[{x: 1, y: 2}, {x: 2, y: 4}, {x: 3, y: 7}]", "{sortBy: {x: 1}, output: {v: {" + op + ": ['$x', '$y'], window: {documents: ['unbounded', 'current']}}}}", "{x: 1}");
        Near(expected.Select(e => double.IsNaN(e) ? (double?)null : e).ToArray(), output);
    }
}
