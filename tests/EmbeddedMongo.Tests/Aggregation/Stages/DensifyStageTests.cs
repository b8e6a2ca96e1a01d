using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class DensifyStageTests(MongoTarget target)
{
    // The manual's coffee altitudes.
    private const string Coffee =
        "[{_id: 1, altitude: 600, variety: 'Arabica Typica', score: 68.3}, {_id: 2, altitude: 750, variety: 'Arabica Typica', score: 69.5}," +
        " {_id: 3, altitude: 950, variety: 'Arabica Typica', score: 70.5}, {_id: 4, altitude: 1250, variety: 'Gesha', score: 88.15}," +
        " {_id: 5, altitude: 1700, variety: 'Gesha', score: 95.5, price: 1029}]";

    [Fact]
    public async Task Densify_fills_a_time_series_hour_by_hour_within_bounds_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, timestamp: ISODate('2021-05-18T00:00:00Z'), temp: 12}, {_id: 2, timestamp: ISODate('2021-05-18T04:00:00Z'), temp: 11}," +
            " {_id: 3, timestamp: ISODate('2021-05-18T08:00:00Z'), temp: 11}, {_id: 4, timestamp: ISODate('2021-05-18T12:00:00Z'), temp: 12}]");
        var result = await Aggregate.RunAsync(collection,
            "[{$densify: {field: 'timestamp', range: {step: 1, unit: 'hour', bounds: [ISODate('2021-05-18T00:00:00Z'), ISODate('2021-05-18T08:00:00Z')]}}}, {$project: {_id: 0, timestamp: 1, temp: 1}}]");
        Assert.Equal([12, null, null, null, 11, null, null, null, 11, 12], result.Select(d => d.Contains("temp") ? (int?)d["temp"].AsInt32 : null));
        Assert.Equal(Enumerable.Range(0, 9).Select(h => new DateTime(2021, 5, 18, h, 0, 0, DateTimeKind.Utc)).Append(new DateTime(2021, 5, 18, 12, 0, 0, DateTimeKind.Utc)),
            result.Select(d => d["timestamp"].ToUniversalTime()));
    }

    [Fact]
    public async Task Densify_full_range_per_partition_walks_the_field_order_and_fills_the_rest_last_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, Coffee);
        var result = await Aggregate.RunAsync(collection, "[{$densify: {field: 'altitude', partitionByFields: ['variety'], range: {bounds: 'full', step: 200}}}, {$project: {_id: 1, altitude: 1, variety: 1}}]");
        Aggregate.Same(
            "[{_id: 1, altitude: 600, variety: 'Arabica Typica'}, {_id: 2, altitude: 750, variety: 'Arabica Typica'}, {variety: 'Arabica Typica', altitude: 800}," +
            " {_id: 3, altitude: 950, variety: 'Arabica Typica'}," +
            " {variety: 'Gesha', altitude: 600}, {variety: 'Gesha', altitude: 800}, {variety: 'Gesha', altitude: 1000}, {variety: 'Gesha', altitude: 1200}," +
            " {_id: 4, altitude: 1250, variety: 'Gesha'}, {variety: 'Gesha', altitude: 1400}, {variety: 'Gesha', altitude: 1600}, {_id: 5, altitude: 1700, variety: 'Gesha'}," +
            " {variety: 'Arabica Typica', altitude: 1000}, {variety: 'Arabica Typica', altitude: 1200}," +
            " {variety: 'Arabica Typica', altitude: 1400}, {variety: 'Arabica Typica', altitude: 1600}]",
            result);
    }

    [Fact]
    public async Task Densify_partition_range_starts_at_each_partitions_minimum_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, Coffee);
        var result = await Aggregate.RunAsync(collection, "[{$densify: {field: 'altitude', partitionByFields: ['variety'], range: {bounds: 'partition', step: 200}}}, {$project: {_id: 0, altitude: 1, variety: 1}}]");
        Assert.Equal([600, 750, 800, 950, 1250, 1450, 1650, 1700], result.Select(d => d["altitude"].AsInt32));
    }

    [Theory]
    [InlineData("[{$densify: {range: {step: 1, bounds: 'full'}}}]", 40414)]
    [InlineData("[{$densify: {field: 'a'}}]", 40414)]
    [InlineData("[{$densify: {field: 'a', range: {step: 0, bounds: 'full'}}}]", 5733401)]
    [InlineData("[{$densify: {field: 'a', range: {step: 1, bounds: 'some'}}}]", 5946802)]
    [InlineData("[{$densify: {field: 'a', range: {step: 1, bounds: 'full'}, foo: 1}}]", 40415)]
    public async Task Bad_densify_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
