using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class RenameCollectionTests(MongoTarget target)
{
    [Fact]
    public async Task Rename_moves_documents_and_indexes()
    {
        var db = target.NewDatabase();
        var source = db.GetCollection<BsonDocument>("old");
        await source.InsertManyAsync([new BsonDocument("a", 1), new BsonDocument("a", 2)]);
        await source.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true }));
        await db.RenameCollectionAsync("old", "new");
        var names = await (await db.ListCollectionNamesAsync()).ToListAsync();
        Assert.Equal(["new"], names);
        var renamed = db.GetCollection<BsonDocument>("new");
        Assert.Equal(2, (await renamed.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
        var indexes = await (await renamed.Indexes.ListAsync()).ToListAsync();
        Assert.Equal(["_id_", "a_1"], indexes.Select(i => i["name"].AsString));
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => renamed.InsertOneAsync(new BsonDocument("a", 1)));
        Assert.Equal(11000, ex.WriteError.Code);
    }

    [Fact]
    public async Task Rename_of_a_missing_source_is_NamespaceNotFound()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("other");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => db.RenameCollectionAsync("missing", "new"));
        Assert.Equal(26, ex.Code);
    }

    [Fact]
    public async Task Rename_onto_an_existing_collection_needs_dropTarget()
    {
        var db = target.NewDatabase();
        await db.GetCollection<BsonDocument>("from").InsertOneAsync(new BsonDocument("from", true));
        await db.GetCollection<BsonDocument>("to").InsertOneAsync(new BsonDocument("to", true));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => db.RenameCollectionAsync("from", "to"));
        Assert.Equal(48, ex.Code);
        Assert.Equal("NamespaceExists", ex.CodeName);

        await db.RenameCollectionAsync("from", "to", new RenameCollectionOptions { DropTarget = true });
        var documents = await db.GetCollection<BsonDocument>("to").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        var only = Assert.Single(documents);
        Assert.True(only["from"].AsBoolean);
    }

    [Fact]
    public async Task Rename_across_databases_through_admin()
    {
        var from = target.NewDatabase();
        var to = target.NewDatabase();
        await from.GetCollection<BsonDocument>("items").InsertOneAsync(new BsonDocument("x", 1));
        await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "renameCollection", from.DatabaseNamespace.DatabaseName + ".items" },
            { "to", to.DatabaseNamespace.DatabaseName + ".moved" },
        });
        var moved = await to.GetCollection<BsonDocument>("moved").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.Single(moved);
        Assert.DoesNotContain("items", await (await from.ListCollectionNamesAsync()).ToListAsync());
    }

    [Fact]
    public async Task Rename_outside_admin_is_refused()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("a");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => db.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "renameCollection", db.DatabaseNamespace.DatabaseName + ".a" },
            { "to", db.DatabaseNamespace.DatabaseName + ".b" },
        }));
        Assert.Equal(13, ex.Code);
    }
}
