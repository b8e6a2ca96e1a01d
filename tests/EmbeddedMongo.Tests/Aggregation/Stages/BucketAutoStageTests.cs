using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class BucketAutoStageTests(MongoTarget target)
{
    // Prices of the manual's artwork collection.
    private const string Artwork =
        "[{_id: 1, price: NumberDecimal('199.99')}, {_id: 2, price: NumberDecimal('280.00')}, {_id: 3, price: NumberDecimal('76.04')}, {_id: 4, price: NumberDecimal('167.30')}," +
        " {_id: 5, price: NumberDecimal('483.00')}, {_id: 6, price: NumberDecimal('385.00')}, {_id: 7, price: NumberDecimal('159.00')}, {_id: 8, price: NumberDecimal('118.42')}]";

    [Fact]
    public async Task BucketAuto_cuts_into_buckets_of_equal_size_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, Artwork);
        var result = await Aggregate.RunAsync(collection, "[{$bucketAuto: {groupBy: '$price', buckets: 4}}]");
        Aggregate.Same(
            "[{_id: {min: NumberDecimal('76.04'), max: NumberDecimal('159.00')}, count: 2}, {_id: {min: NumberDecimal('159.00'), max: NumberDecimal('199.99')}, count: 2}," +
            " {_id: {min: NumberDecimal('199.99'), max: NumberDecimal('385.00')}, count: 2}, {_id: {min: NumberDecimal('385.00'), max: NumberDecimal('483.00')}, count: 2}]",
            result);
    }

    [Fact]
    public async Task BucketAuto_keeps_equal_values_in_one_bucket_and_applies_output()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 1}, {v: 1}, {v: 1}, {v: 2}, {v: 3}, {v: 4}]");
        var result = await Aggregate.RunAsync(collection, "[{$bucketAuto: {groupBy: '$v', buckets: 3, output: {n: {$sum: 1}, s: {$sum: '$v'}}}}]");
        Aggregate.Same("[{_id: {min: 1, max: 2}, n: 3, s: 3}, {_id: {min: 2, max: 4}, n: 2, s: 5}, {_id: {min: 4, max: 4}, n: 1, s: 4}]", result);
    }

    [Fact]
    public async Task BucketAuto_with_fewer_values_than_buckets_makes_fewer_buckets()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 5}, {v: 7}]");
        var result = await Aggregate.RunAsync(collection, "[{$bucketAuto: {groupBy: '$v', buckets: 5}}]");
        Aggregate.Same("[{_id: {min: 5, max: 7}, count: 1}, {_id: {min: 7, max: 7}, count: 1}]", result);
    }

    [Fact]
    public async Task BucketAuto_with_powers_of_two_granularity_rounds_the_bounds()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 3}, {v: 5}, {v: 9}, {v: 12}]");
        var result = await Aggregate.RunAsync(collection, "[{$bucketAuto: {groupBy: '$v', buckets: 2, granularity: 'POWERSOF2'}}]");
        Aggregate.Same("[{_id: {min: 2, max: 8}, count: 2}, {_id: {min: 8, max: 16}, count: 2}]", result);
    }

    [Fact]
    public async Task BucketAuto_with_a_preferred_series_answers_doubles_but_keeps_a_zero_minimum_as_given()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 0}, {v: 1}, {v: 2}, {v: 3}]");
        var result = await Aggregate.RunAsync(collection, "[{$bucketAuto: {groupBy: '$v', buckets: 2, granularity: 'R5'}}]");
        Aggregate.Same("[{_id: {min: 0, max: 1.6}, count: 2}, {_id: {min: 1.6, max: 4.0}, count: 2}]", result);
    }

    [Theory]
    [InlineData("[{$bucketAuto: 1}]", 40240)]
    [InlineData("[{$bucketAuto: {groupBy: 'v', buckets: 2}}]", 40239)]
    [InlineData("[{$bucketAuto: {groupBy: '$v', buckets: 'a'}}]", 40241)]
    [InlineData("[{$bucketAuto: {groupBy: '$v', buckets: 0}}]", 40243)]
    [InlineData("[{$bucketAuto: {groupBy: '$v', buckets: 2, output: 1}}]", 40244)]
    [InlineData("[{$bucketAuto: {groupBy: '$v', buckets: 2, foo: 1}}]", 40245)]
    [InlineData("[{$bucketAuto: {groupBy: '$v'}}]", 40246)]
    [InlineData("[{$bucketAuto: {groupBy: '$v', buckets: 2, granularity: 'R3'}}]", 40257)]
    public async Task Bad_bucketAuto_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, v: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
