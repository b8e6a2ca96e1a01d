using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class CollStatsStageTests(MongoTarget target)
{
    [Fact]
    public async Task CollStats_reports_the_count_and_storage_sizes_of_the_collection()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: 'x'}, {_id: 2, a: 'y'}, {_id: 3, a: 'z'}]");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)));

        var result = await Aggregate.RunAsync(collection, "[{$collStats: {count: {}, storageStats: {scale: 1}}}]");

        var stats = Assert.Single(result);
        Assert.Equal(collection.CollectionNamespace.FullName, stats["ns"].AsString);
        Assert.IsType<BsonDateTime>(stats["localTime"]);
        Assert.Equal(3, stats["count"].ToInt64());
        var storage = stats["storageStats"].AsBsonDocument;
        Assert.Equal(3, storage["count"].ToInt64());
        Assert.Equal(2, storage["nindexes"].ToInt32());
        Assert.Equal(["_id_", "a_1"], storage["indexSizes"].AsBsonDocument.Names);
        Assert.True(storage["size"].ToInt64() > 0);
    }

    [Theory]
    [InlineData("[{$match: {}}, {$collStats: {count: {}}}]", 40602)]
    [InlineData("[{$collStats: {colour: {}}}]", 40415)]
    public async Task CollStats_must_come_first_and_know_its_options(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        var error = await Aggregate.FailsAsync(collection, pipeline);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task CollStats_count_of_a_missing_collection_is_NamespaceNotFound()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("absent");
        var error = await Aggregate.FailsAsync(collection, "[{$collStats: {count: {}}}]");
        Assert.Equal(26, error.Code);
    }
}
