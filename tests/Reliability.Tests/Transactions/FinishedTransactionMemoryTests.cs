using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Tests.Transactions;

/// <summary>
/// A session remembers its latest transaction (to answer a retried commit) for as long as the
/// session lives, 30 minutes by default. It must remember only the outcome: the private snapshot
/// copies a transaction reads and writes are let go when it commits or aborts.
/// </summary>
public sealed class FinishedTransactionMemoryTests
{
    private const int Documents = 20_000;
    private const int Sessions = 100;

    [Fact]
    public async Task Finished_transactions_let_go_of_their_snapshot_copies_while_their_sessions_live()
    {
        await using var server = await EmbeddedMongoServer.StartAsync();
        using var client = OwnedClient.Create(server.ConnectionString, "txn-memory");
        var items = client.Database("memory").GetCollection<BsonDocument>("items");
        await items.InsertManyAsync(Enumerable.Range(0, Documents).Select(i => new BsonDocument { { "_id", i }, { "name", $"item {i}" } }));
        var before = Memory();

        var sessions = new List<IClientSessionHandle>();
        for (var i = 0; i < Sessions; i++)
        {
            var session = await client.Client.StartSessionAsync();
            sessions.Add(session);
            session.StartTransaction();
            await items.UpdateOneAsync(session, new BsonDocument("_id", i), new BsonDocument("$set", new BsonDocument("touched", true)));
            await (i % 2 == 0 ? session.CommitTransactionAsync() : session.AbortTransactionAsync());
        }

        var after = Memory();
        Assert.True(server.State.Sessions.Count >= Sessions, $"only {server.State.Sessions.Count} sessions are alive");
        Assert.Equal(0, server.State.Transactions.OpenCount);
        var grownMb = (after - before) / (1024.0 * 1024);
        Assert.True(grownMb < 40, $"{Sessions} finished transactions still hold {grownMb:0} MB");
        Assert.Equal(Sessions / 2, await items.CountDocumentsAsync(new BsonDocument("touched", true)));
        sessions.ForEach(s => s.Dispose());
    }

    private static long Memory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
