using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Transactions;

/// <summary>Logical sessions and retryable writes: raw commands with an explicit lsid and txnNumber, as a driver retrying would send them.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class SessionTests(MongoTarget target)
{
    /// <summary>A client of its own (own settings, own session pool): raw txnNumbers must not leak into the shared pooled sessions.</summary>
    private MongoClient OwnClient(string name)
    {
        var settings = MongoClientSettings.FromConnectionString(target.ConnectionString);
        settings.ApplicationName = name;
        return new MongoClient(settings);
    }

    [Fact]
    public async Task Retried_insert_with_the_same_txnNumber_is_applied_once_and_answers_the_same()
    {
        using var client = OwnClient("retry-insert");
        var database = client.GetDatabase(target.NewDatabase("retry").DatabaseNamespace.DatabaseName);
        using var session = await client.StartSessionAsync();
        var insert = new BsonDocument
        {
            { "insert", "items" }, { "documents", new BsonArray { new BsonDocument("_id", 1), new BsonDocument("_id", 2) } },
            { "txnNumber", 7L },
        };
        var first = await database.RunCommandAsync<BsonDocument>(session, insert);
        var retried = await database.RunCommandAsync<BsonDocument>(session, insert);

        Assert.Equal(2, first["n"].AsInt32);
        Assert.Equal(2, retried["n"].AsInt32);
        Assert.False(retried.Contains("writeErrors"));
        Assert.Equal(2, (await database.GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    }

    [Fact]
    public async Task Retried_update_and_findAndModify_are_applied_once()
    {
        using var client = OwnClient("retry-update");
        var database = client.GetDatabase(target.NewDatabase("retry").DatabaseNamespace.DatabaseName);
        var collection = database.GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 0 } });
        using var session = await client.StartSessionAsync();
        var update = new BsonDocument
        {
            { "update", "items" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) } } } },
            { "txnNumber", 3L },
        };
        var modify = new BsonDocument
        {
            { "findAndModify", "items" }, { "query", new BsonDocument("_id", 1) },
            { "update", new BsonDocument("$inc", new BsonDocument("n", 10)) }, { "new", true }, { "txnNumber", 4L },
        };
        await database.RunCommandAsync<BsonDocument>(session, update);
        await database.RunCommandAsync<BsonDocument>(session, update);
        var modified = await database.RunCommandAsync<BsonDocument>(session, modify);
        var again = await database.RunCommandAsync<BsonDocument>(session, modify);

        Assert.Equal(11, modified["value"]["n"].AsInt32);
        Assert.Equal(11, again["value"]["n"].AsInt32);
        Assert.Equal(11, (await collection.Find(new BsonDocument("_id", 1)).SingleAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task Retryable_write_with_an_older_txnNumber_answers_TransactionTooOld()
    {
        using var client = OwnClient("retry-old");
        var database = client.GetDatabase(target.NewDatabase("retry").DatabaseNamespace.DatabaseName);
        using var session = await client.StartSessionAsync();
        BsonDocument Insert(long txnNumber, int id) => new()
        {
            { "insert", "items" }, { "documents", new BsonArray { new BsonDocument("_id", id) } }, { "txnNumber", txnNumber },
        };
        await database.RunCommandAsync<BsonDocument>(session, Insert(5, 1));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(session, Insert(4, 2)));
        Assert.Equal(225, ex.Code);
    }

    [Fact]
    public async Task Ending_a_session_closes_its_cursors()
    {
        var collection = target.NewDatabase("sessions").GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument("_id", i)));
        using var session = await target.Client.StartSessionAsync();
        using var cursor = await collection.FindAsync(session, FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 2 });
        Assert.True(await cursor.MoveNextAsync());

        using var other = OwnClient("sessions-other");
        await other.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("killSessions", new BsonArray { session.ServerSession.Id }));

        await Assert.ThrowsAsync<MongoCursorNotFoundException>(() => cursor.MoveNextAsync());
    }

    [Fact]
    public async Task StartSession_and_refreshSessions_answer_as_MongoDB_does()
    {
        var admin = target.Client.GetDatabase("admin");
        var started = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("startSession", 1));
        Assert.True(started["id"]["id"].IsGuid || started["id"]["id"] is BsonBinaryData { SubType: BsonBinarySubType.UuidStandard });
        Assert.True(started["timeoutMinutes"].ToInt32() > 0);

        var refreshed = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("refreshSessions", new BsonArray { started["id"] }));
        Assert.Equal(1.0, refreshed["ok"].ToDouble());
        var ended = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("endSessions", new BsonArray { started["id"] }));
        Assert.Equal(1.0, ended["ok"].ToDouble());
    }
}
