using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Storage.PlanInspection;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class CollModTests(MongoTarget target)
{
    private static readonly BsonDocument NeedsQty = new("qty", new BsonDocument("$gte", 0));

    [Fact]
    public async Task CollMod_adds_a_validator_that_later_inserts_must_pass()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("qty", -5));
        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "validator", NeedsQty } });
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.InsertOneAsync(new BsonDocument("qty", -1)));
        Assert.Equal(121, ex.WriteError.Code);
        await collection.InsertOneAsync(new BsonDocument("qty", 3));
        var info = await (await db.ListCollectionsAsync()).FirstAsync();
        Assert.Equal(NeedsQty, info["options"]["validator"]);
    }

    [Fact]
    public async Task CollMod_changes_validation_level_and_action()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("items", new CreateCollectionOptions<BsonDocument> { Validator = NeedsQty });
        var collection = db.GetCollection<BsonDocument>("items");
        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "validationAction", "warn" } });
        await collection.InsertOneAsync(new BsonDocument("qty", -1));
        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "validationAction", "error" }, { "validationLevel", "off" } });
        await collection.InsertOneAsync(new BsonDocument("qty", -2));
        var options = (await (await db.ListCollectionsAsync()).FirstAsync())["options"].AsBsonDocument;
        Assert.Equal("off", options["validationLevel"].AsString);
        Assert.Equal("error", options["validationAction"].AsString);
        Assert.Equal(NeedsQty, options["validator"]);
    }

    [Fact]
    public async Task CollMod_rejects_an_unknown_validation_level()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("items");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "validationLevel", "sometimes" } }));
        Assert.Equal(2, ex.Code);
    }

    [Fact]
    public async Task CollMod_enables_change_stream_pre_and_post_images()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("items");
        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "changeStreamPreAndPostImages", new BsonDocument("enabled", true) } });
        var options = (await (await db.ListCollectionsAsync()).FirstAsync())["options"].AsBsonDocument;
        Assert.True(options["changeStreamPreAndPostImages"]["enabled"].ToBoolean());
    }

    [Fact]
    public async Task CollMod_on_a_missing_collection_is_NamespaceNotFound()
    {
        var db = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "nothing" }, { "validator", NeedsQty } }));
        Assert.Equal(26, ex.Code);
    }

    [Fact]
    public async Task Hidden_index_is_kept_but_not_used_by_the_planner()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 20).Select(i => new BsonDocument("a", i)));
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)));
        var reply = await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "index", new BsonDocument { { "name", "a_1" }, { "hidden", true } } } });
        Assert.False(reply["hidden_old"].ToBoolean());
        Assert.True(reply["hidden_new"].ToBoolean());
        var hidden = await ExplainFindAsync(db, "items", new BsonDocument("a", 4));
        Assert.Equal("COLLSCAN", WinningPlan(hidden)["stage"].AsString);
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.True(indexes[1]["hidden"].ToBoolean());

        await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "index", new BsonDocument { { "keyPattern", new BsonDocument("a", 1) }, { "hidden", false } } } });
        var visible = await ExplainFindAsync(db, "items", new BsonDocument("a", 4));
        Assert.NotNull(FindStage(WinningPlan(visible), "IXSCAN"));
    }

    [Fact]
    public async Task CollMod_changes_a_ttl_index_expiry()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("at", 1), new CreateIndexOptions { ExpireAfter = TimeSpan.FromHours(1) }));
        var reply = await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "index", new BsonDocument { { "name", "at_1" }, { "expireAfterSeconds", 60 } } } });
        Assert.Equal(3600, reply["expireAfterSeconds_old"].ToInt32());
        Assert.Equal(60, reply["expireAfterSeconds_new"].ToInt32());
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.Equal(60, indexes[1]["expireAfterSeconds"].ToInt32());
    }

    [Fact]
    public async Task CollMod_of_a_missing_index_is_IndexNotFound()
    {
        var db = target.NewDatabase();
        await db.CreateCollectionAsync("items");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(new BsonDocument { { "collMod", "items" }, { "index", new BsonDocument { { "name", "zz_1" }, { "hidden", true } } } }));
        Assert.Equal(27, ex.Code);
    }
}
