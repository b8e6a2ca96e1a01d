using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SampleStageTests(MongoTarget target)
{
    [Fact]
    public async Task Sample_returns_distinct_documents_of_the_input()
    {
        var collection = await Aggregate.SeedAsync(target, Enumerable.Range(0, 50).Select(i => new BsonDocument("_id", i)).ToArray());
        var result = await Aggregate.RunAsync(collection, "[{$sample: {size: 5}}]");
        Assert.Equal(5, result.Select(d => d["_id"].AsInt32).Distinct().Count());
        Assert.All(result, d => Assert.InRange(d["_id"].AsInt32, 0, 49));
    }

    [Fact]
    public async Task Sample_larger_than_the_input_returns_everything()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}, {_id: 3}]");
        var result = await Aggregate.RunAsync(collection, "[{$sample: {size: 10}}]");
        Assert.Equal([1, 2, 3], result.Select(d => d["_id"].AsInt32).Order());
    }

    [Theory]
    [InlineData("[{$sample: 1}]", 28745)]
    [InlineData("[{$sample: {size: 'a'}}]", 28746)]
    [InlineData("[{$sample: {size: -1}}]", 28747)]
    [InlineData("[{$sample: {size: 1, foo: 1}}]", 28748)]
    [InlineData("[{$sample: {}}]", 28749)]
    public async Task Bad_sample_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
