using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Hosting;

/// <summary>
/// TTL indexes delete expired documents in the background. The monitor's period is a server option
/// (60 s by default, as MongoDB's ttlMonitorSleepSecs), so these tests run a server of their own
/// with a short period, and wait for passes (serverStatus metrics.ttl) rather than for time.
/// </summary>
public sealed class TtlMonitorTests
{
    private static async Task<(EmbeddedMongoServer Server, MongoClient Client)> StartAsync()
    {
        var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { TtlMonitorInterval = TimeSpan.FromMilliseconds(100) });
        return (server, new MongoClient(server.ConnectionString));
    }

    private static async Task<BsonDocument> TtlStatusAsync(IMongoDatabase admin)
        => (await admin.RunCommandAsync<BsonDocument>(new BsonDocument("serverStatus", 1)))["metrics"]["ttl"].AsBsonDocument;

    /// <summary>Waits for two whole passes after now (the first may have started before the last write).</summary>
    private static async Task<BsonDocument> WaitForPassesAsync(IMongoDatabase admin)
    {
        var passes = (await TtlStatusAsync(admin))["passes"].ToInt64() + 2;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ttl = await TtlStatusAsync(admin);
            if (ttl["passes"].ToInt64() >= passes || DateTime.UtcNow > deadline)
            {
                return ttl;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Expired_dates_are_deleted_and_everything_else_stays()
    {
        var (server, client) = await StartAsync();
        await using var _ = server;
        using var __ = client;
        var sessions = client.GetDatabase("app").GetCollection<BsonDocument>("sessions");
        await sessions.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("lastSeen", 1), new CreateIndexOptions { ExpireAfter = TimeSpan.FromHours(1) }));
        var now = DateTime.UtcNow;
        await sessions.InsertManyAsync(
        [
            new BsonDocument { { "_id", "old" }, { "lastSeen", now.AddHours(-2) } },
            new BsonDocument { { "_id", "recent" }, { "lastSeen", now.AddMinutes(-10) } },
            new BsonDocument { { "_id", "some-old" }, { "lastSeen", new BsonArray { now, now.AddDays(-3) } } },
            new BsonDocument { { "_id", "text" }, { "lastSeen", "2001-01-01" } },
            new BsonDocument { { "_id", "none" } },
        ]);

        var ttl = await WaitForPassesAsync(client.GetDatabase("admin"));

        var left = (await sessions.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Select(d => d["_id"].AsString).Order(StringComparer.Ordinal);
        Assert.Equal(["none", "recent", "text"], left);
        Assert.Equal(2, ttl["deletedDocuments"].ToInt64());
    }

    [Fact]
    public async Task A_partial_TTL_index_expires_only_matching_documents_and_change_streams_see_the_deletes()
    {
        var (server, client) = await StartAsync();
        await using var _ = server;
        using var __ = client;
        var events = client.GetDatabase("app").GetCollection<BsonDocument>("events");
        await events.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("at", 1), new CreateIndexOptions<BsonDocument>
        {
            ExpireAfter = TimeSpan.Zero,
            PartialFilterExpression = new BsonDocument("temporary", true),
        }));
        using var stream = await events.WatchAsync(new ChangeStreamOptions { FullDocument = ChangeStreamFullDocumentOption.Default });
        var past = DateTime.UtcNow.AddMinutes(-1);
        await events.InsertManyAsync(
        [
            new BsonDocument { { "_id", 1 }, { "at", past }, { "temporary", true } },
            new BsonDocument { { "_id", 2 }, { "at", past }, { "temporary", false } },
        ]);

        await WaitForPassesAsync(client.GetDatabase("admin"));

        Assert.Equal([2], (await events.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Select(d => d["_id"].AsInt32));
        var seen = new List<string>();
        while (seen.Count < 3 && await stream.MoveNextAsync())
        {
            seen.AddRange(stream.Current.Select(e => e.OperationType + ":" + e.DocumentKey["_id"]));
        }

        Assert.Equal(["Insert:1", "Insert:2", "Delete:1"], seen);
    }
}
