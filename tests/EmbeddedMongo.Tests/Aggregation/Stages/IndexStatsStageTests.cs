using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class IndexStatsStageTests(MongoTarget target)
{
    [Fact]
    public async Task IndexStats_counts_the_queries_each_index_answered()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, type: 'apparel', item: 'abc'}, {_id: 2, type: 'electronics', item: 'xyz'}]");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("item", 1)));
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument { { "item", 1 }, { "type", 1 } }, new CreateIndexOptions { Name = "item_type" }));
        await collection.Find(new BsonDocument("item", "abc")).ToListAsync();
        await collection.Find(new BsonDocument("item", "xyz")).ToListAsync();
        await collection.Find(new BsonDocument { { "item", "abc" }, { "type", "apparel" } }, new FindOptions { Hint = "item_type" }).ToListAsync();

        var stats = (await Aggregate.RunAsync(collection, "[{$indexStats: {}}]")).ToDictionary(d => d["name"].AsString);

        Assert.Equal(["_id_", "item_1", "item_type"], stats.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, stats["item_1"]["accesses"]["ops"].ToInt64());
        Assert.Equal(1, stats["item_type"]["accesses"]["ops"].ToInt64());
        Assert.Equal(0, stats["_id_"]["accesses"]["ops"].ToInt64());
        Assert.IsType<BsonDateTime>(stats["item_1"]["accesses"]["since"]);
        Assert.Equal(new BsonDocument("item", 1), stats["item_1"]["key"]);
        Assert.Equal("item_type", stats["item_type"]["spec"]["name"].AsString);
    }

    [Fact]
    public async Task IndexStats_takes_no_arguments_and_comes_first()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(28803, (await Aggregate.FailsAsync(collection, "[{$indexStats: {a: 1}}]")).Code);
        Assert.Equal(40602, (await Aggregate.FailsAsync(collection, "[{$match: {}}, {$indexStats: {}}]")).Code);
    }
}
