using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class IndexListingTests(MongoTarget target)
{
    private static async Task<List<string>> Names(IMongoCollection<BsonDocument> collection)
        => (await (await collection.Indexes.ListAsync()).ToListAsync()).Select(i => i["name"].AsString).ToList();

    private static async Task<IMongoCollection<BsonDocument>> WithIndexes(IMongoDatabase db)
    {
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateManyAsync([
            new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)),
            new CreateIndexModel<BsonDocument>(new BsonDocument("b", -1)),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "c", 1 }, { "d", 1 } }),
        ]);
        return collection;
    }

    [Fact]
    public async Task List_indexes_shows_id_index_and_options()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true, Sparse = true, Name = "custom" }));
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } }, indexes[0]);
        Assert.Equal("custom", indexes[1]["name"].AsString);
        Assert.True(indexes[1]["unique"].ToBoolean());
        Assert.True(indexes[1]["sparse"].ToBoolean());
    }

    [Fact]
    public async Task List_indexes_of_missing_collection_is_NamespaceNotFound()
    {
        var db = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(new BsonDocument("listIndexes", "nothing")));
        Assert.Equal(26, ex.Code);
        Assert.Contains($"ns does not exist: {db.DatabaseNamespace.DatabaseName}.nothing", ex.Message);
    }

    [Fact]
    public async Task Drop_index_by_name()
    {
        var collection = await WithIndexes(target.NewDatabase());
        await collection.Indexes.DropOneAsync("b_-1");
        Assert.Equal(["_id_", "a_1", "c_1_d_1"], await Names(collection));
    }

    [Fact]
    public async Task Drop_index_by_key_pattern()
    {
        var db = target.NewDatabase();
        var collection = await WithIndexes(db);
        var reply = await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "dropIndexes", "items" }, { "index", new BsonDocument { { "c", 1 }, { "d", 1 } } } });
        Assert.Equal(4, reply["nIndexesWas"].ToInt32());
        Assert.Equal(["_id_", "a_1", "b_-1"], await Names(collection));
    }

    [Fact]
    public async Task Drop_all_indexes_keeps_id()
    {
        var collection = await WithIndexes(target.NewDatabase());
        await collection.Indexes.DropAllAsync();
        Assert.Equal(["_id_"], await Names(collection));
    }

    [Fact]
    public async Task Drop_an_array_of_names()
    {
        var db = target.NewDatabase();
        var collection = await WithIndexes(db);
        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "dropIndexes", "items" }, { "index", new BsonArray { "a_1", "c_1_d_1" } } });
        Assert.Equal(["_id_", "b_-1"], await Names(collection));
    }

    [Fact]
    public async Task Dropping_the_id_index_is_InvalidOptions()
    {
        var collection = await WithIndexes(target.NewDatabase());
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Indexes.DropOneAsync("_id_"));
        Assert.Equal(72, ex.Code);
        Assert.Contains("cannot drop _id index", ex.Message);
    }

    [Fact]
    public async Task Dropping_a_missing_index_is_IndexNotFound()
    {
        var collection = await WithIndexes(target.NewDatabase());
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Indexes.DropOneAsync("nope_1"));
        Assert.Equal(27, ex.Code);
        Assert.Contains("index not found with name [nope_1]", ex.Message);
    }

    [Fact]
    public async Task Dropping_a_list_with_a_missing_name_drops_nothing()
    {
        var db = target.NewDatabase();
        var collection = await WithIndexes(db);
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(new BsonDocument { { "dropIndexes", "items" }, { "index", new BsonArray { "a_1", "zz" } } }));
        Assert.Equal(27, ex.Code);
        Assert.Equal(4, (await Names(collection)).Count);
    }

    [Fact]
    public async Task Dropped_unique_index_no_longer_constrains()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var name = await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true }));
        await collection.InsertOneAsync(new BsonDocument("a", 1));
        await collection.Indexes.DropOneAsync(name);
        await collection.InsertOneAsync(new BsonDocument("a", 1));
        Assert.Equal(2, (await collection.Find(new BsonDocument("a", 1)).ToListAsync()).Count);
    }
}
