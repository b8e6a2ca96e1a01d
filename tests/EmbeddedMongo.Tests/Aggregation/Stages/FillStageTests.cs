using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class FillStageTests(MongoTarget target)
{
    [Fact]
    public async Task Fill_with_a_constant_value_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, date: ISODate('2022-02-02'), bootsSold: 10, sandalsSold: 20, sneakersSold: 12}, {_id: 2, date: ISODate('2022-02-03'), bootsSold: 7, sneakersSold: 18}," +
            " {_id: 3, date: ISODate('2022-02-04'), sneakersSold: 5}]");
        var result = await Aggregate.RunAsync(collection, "[{$fill: {output: {bootsSold: {value: 0}, sandalsSold: {value: 0}, sneakersSold: {value: 0}}}}]");
        Aggregate.Same(
            "[{_id: 1, date: ISODate('2022-02-02'), bootsSold: 10, sandalsSold: 20, sneakersSold: 12}, {_id: 2, date: ISODate('2022-02-03'), bootsSold: 7, sneakersSold: 18, sandalsSold: 0}," +
            " {_id: 3, date: ISODate('2022-02-04'), sneakersSold: 5, bootsSold: 0, sandalsSold: 0}]",
            result);
    }

    [Fact]
    public async Task Fill_with_linear_interpolation_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, time: ISODate('2021-03-08T09:00:00Z'), price: 500}, {_id: 2, time: ISODate('2021-03-08T10:00:00Z')}, {_id: 3, time: ISODate('2021-03-08T11:00:00Z'), price: 515}," +
            " {_id: 4, time: ISODate('2021-03-08T12:00:00Z')}, {_id: 5, time: ISODate('2021-03-08T13:00:00Z')}, {_id: 6, time: ISODate('2021-03-08T14:00:00Z'), price: 485}]");
        var result = await Aggregate.RunAsync(collection, "[{$fill: {sortBy: {time: 1}, output: {price: {method: 'linear'}}}}]");
        Assert.Equal([500.0, 507.5, 515.0, 505.0, 495.0, 485.0], result.Select(d => d["price"].ToDouble()));
    }

    [Fact]
    public async Task Fill_with_the_last_observation_per_partition()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, g: 'a', t: 1, v: 10}, {_id: 2, g: 'a', t: 2}, {_id: 3, g: 'b', t: 1}, {_id: 4, g: 'b', t: 2, v: 7}, {_id: 5, g: 'b', t: 3, v: null}]");
        var result = await Aggregate.RunAsync(collection, "[{$fill: {partitionByFields: ['g'], sortBy: {t: 1}, output: {v: {method: 'locf'}}}}]");
        Aggregate.Same("[{_id: 1, g: 'a', t: 1, v: 10}, {_id: 2, g: 'a', t: 2, v: 10}, {_id: 3, g: 'b', t: 1}, {_id: 4, g: 'b', t: 2, v: 7}, {_id: 5, g: 'b', t: 3, v: 7}]", result);
    }

    [Theory]
    [InlineData("[{$fill: {}}]", 40414)]
    [InlineData("[{$fill: {output: {v: {method: 'locf'}}}}]", 6050201)]
    [InlineData("[{$fill: {sortBy: {t: 1}, output: {v: {method: 'spline'}}}}]", 6050202)]
    [InlineData("[{$fill: {output: {v: {value: 1, method: 'locf'}}}}]", 6050203)]
    [InlineData("[{$fill: {partitionBy: '$g', partitionByFields: ['g'], output: {v: {value: 1}}}}]", 6050204)]
    public async Task Bad_fill_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, v: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
