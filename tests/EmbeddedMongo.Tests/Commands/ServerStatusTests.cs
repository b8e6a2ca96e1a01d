using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>serverStatus reports what monitoring (and the reliability soak) relies on: connections, cursors, transactions.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ServerStatusTests(MongoTarget target)
{
    private async Task<BsonDocument> StatusAsync()
        => await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("serverStatus", 1));

    private static long Field(BsonDocument status, string section, string name) => status[section][name].ToInt64();

    [Fact]
    public async Task ServerStatus_counts_open_committed_and_aborted_transactions()
    {
        var collection = target.NewDatabase("status").GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("_id", 0));
        var before = await StatusAsync();

        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
        var during = await StatusAsync();
        await session.CommitTransactionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 2));
        await session.AbortTransactionAsync();
        var after = await StatusAsync();

        Assert.True(Field(during, "transactions", "currentOpen") >= 1, during["transactions"].ToJson());
        Assert.True(Field(after, "transactions", "totalStarted") >= Field(before, "transactions", "totalStarted") + 2);
        Assert.True(Field(after, "transactions", "totalCommitted") >= Field(before, "transactions", "totalCommitted") + 1);
        Assert.True(Field(after, "transactions", "totalAborted") >= Field(before, "transactions", "totalAborted") + 1);
    }

    [Fact]
    public async Task ServerStatus_counts_open_cursors_until_they_are_killed()
    {
        var collection = target.NewDatabase("status").GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument("_id", i)));
        var before = Field((await StatusAsync())["metrics"].AsBsonDocument, "cursor", "totalOpened");

        long openWhileReading;
        using (var cursor = await collection.FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 2 }))
        {
            Assert.True(await cursor.MoveNextAsync());
            var open = await StatusAsync();
            openWhileReading = open["metrics"]["cursor"]["open"]["total"].ToInt64();
            Assert.True(openWhileReading >= 1);
            Assert.True(Field(open["metrics"].AsBsonDocument, "cursor", "totalOpened") >= before + 1);
        }

        // Disposing a half-read cursor kills it on the server.
        Assert.True((await StatusAsync())["metrics"]["cursor"]["open"]["total"].ToInt64() < openWhileReading);
    }
}
