using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Transactions;

/// <summary>
/// A client that goes away in the middle of a transaction (its connections closed, no commit, no
/// abort) leaves nothing behind: none of its writes ever shows, and the transaction is aborted at
/// transactionLifetimeLimitSeconds, releasing the documents it had claimed.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class AbandonedTransactionTests(MongoTarget target)
{
    private async Task<long> OpenTransactionsAsync()
        => (await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("serverStatus", 1)))["transactions"]["currentOpen"].ToInt64();

    [Fact]
    public async Task Transaction_of_a_client_that_disconnected_is_aborted_and_releases_its_documents()
    {
        var database = target.NewDatabase("abandon");
        var collection = database.GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "v", 0 } });
        var admin = target.Client.GetDatabase("admin");

        var settings = MongoClientSettings.FromConnectionString(target.ConnectionString);
        settings.ApplicationName = "abandon-" + Guid.NewGuid().ToString("N");
        var leaving = new MongoClient(settings);
        var session = await leaving.StartSessionAsync();
        session.StartTransaction();
        var theirs = leaving.GetDatabase(database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items");
        await theirs.InsertOneAsync(session, new BsonDocument("_id", 2));
        await theirs.UpdateOneAsync(session, new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("v", 99)));
        // The client vanishes: its connections close with the transaction still open (no abortTransaction is sent).
        ClusterRegistry.Instance.UnregisterAndDisposeCluster(leaving.Cluster);

        Assert.Empty(await collection.Find(new BsonDocument("_id", 2)).ToListAsync());
        await admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "setParameter", 1 }, { "transactionLifetimeLimitSeconds", 1 } });
        try
        {
            for (var i = 0; i < 300 && await OpenTransactionsAsync() > 0; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(0, await OpenTransactionsAsync());
        }
        finally
        {
            await admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "setParameter", 1 }, { "transactionLifetimeLimitSeconds", 60 } });
        }

        // The claimed document is free again: another transaction may write it.
        using var other = await target.Client.StartSessionAsync();
        other.StartTransaction();
        await collection.UpdateOneAsync(other, new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("v", 1)));
        await collection.InsertOneAsync(other, new BsonDocument("_id", 2));
        await other.CommitTransactionAsync();
        var all = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("_id", 1)).ToListAsync();
        Assert.Equal([new BsonDocument { { "_id", 1 }, { "v", 1 } }, new BsonDocument("_id", 2)], all);
    }
}
