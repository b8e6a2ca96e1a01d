using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class MatchStageTests(MongoTarget target)
{
    [Theory]
    [InlineData("[{$match: {author: 'dave'}}]", new[] { 1, 2 })]
    [InlineData("[{$match: {}}]", new[] { 1, 2, 3 })]
    [InlineData("[{$match: {author: 'nobody'}}]", new int[0])]
    [InlineData("[{$match: {_id: 3}}]", new[] { 3 })]
    [InlineData("[{$match: {author: 'dave'}}, {$match: {views: 521}}]", new[] { 2 })]
    public async Task Match_keeps_documents_satisfying_the_filter(string pipeline, int[] expectedIds)
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, author: 'dave', score: 80, views: 100}, {_id: 2, author: 'dave', score: 85, views: 521}, {_id: 3, author: 'ahn', score: 60, views: 1000}]");
        var result = await Aggregate.RunAsync(collection, pipeline);
        Assert.Equal(expectedIds, result.Select(d => d["_id"].AsInt32));
    }

    [Theory]
    [InlineData("[{$match: 1}]", 15959)]
    [InlineData("[{$match: []}]", 15959)]
    public async Task Bad_match_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
