using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class StatsTests(MongoTarget target)
{
    [Fact]
    public async Task DbStats_counts_collections_objects_and_indexes()
    {
        var db = target.NewDatabase();
        var items = db.GetCollection<BsonDocument>("items");
        await items.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument("i", i)));
        await items.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("i", 1)));
        await db.GetCollection<BsonDocument>("other").InsertOneAsync(new BsonDocument("x", 1));
        var stats = await db.RunCommandAsync<BsonDocument>(new BsonDocument("dbStats", 1));
        Assert.Equal(db.DatabaseNamespace.DatabaseName, stats["db"].AsString);
        Assert.Equal(2, stats["collections"].ToInt32());
        Assert.Equal(11, stats["objects"].ToInt64());
        Assert.Equal(3, stats["indexes"].ToInt32());
        Assert.True(stats["dataSize"].ToDouble() > 0);
    }

    [Fact]
    public async Task CollStats_reports_count_and_index_sizes()
    {
        var db = target.NewDatabase();
        var items = db.GetCollection<BsonDocument>("items");
        await items.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument("i", i)));
        await items.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("i", 1)));
        var stats = await db.RunCommandAsync<BsonDocument>(new BsonDocument("collStats", "items"));
        Assert.Equal(10, stats["count"].ToInt64());
        Assert.Equal(2, stats["nindexes"].ToInt32());
        Assert.True(stats["indexSizes"].AsBsonDocument.Contains("i_1"));
        Assert.True(stats["size"].ToInt64() > 0);
    }
}
