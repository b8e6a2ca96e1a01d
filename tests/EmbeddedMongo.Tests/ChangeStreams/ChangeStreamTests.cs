using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.ChangeStreams;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ChangeStreamTests(MongoTarget target)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<IMongoCollection<BsonDocument>> NewCollectionAsync(CreateCollectionOptions? options = null)
    {
        var database = target.NewDatabase("cs");
        await database.CreateCollectionAsync("items", options);
        return database.GetCollection<BsonDocument>("items");
    }

    /// <summary>Reads events until <paramref name="count"/> arrived (or the patience ran out).</summary>
    private static async Task<List<ChangeStreamDocument<BsonDocument>>> NextAsync(IChangeStreamCursor<ChangeStreamDocument<BsonDocument>> cursor, int count)
    {
        var events = new List<ChangeStreamDocument<BsonDocument>>();
        var deadline = DateTime.UtcNow + Patience;
        while (events.Count < count && DateTime.UtcNow < deadline && await cursor.MoveNextAsync())
        {
            events.AddRange(cursor.Current);
        }

        return events;
    }

    [Fact]
    public async Task Insert_update_replace_and_delete_events_have_MongoDBs_shape()
    {
        var collection = await NewCollectionAsync();
        using var cursor = await collection.WatchAsync(new ChangeStreamOptions { FullDocument = ChangeStreamFullDocumentOption.UpdateLookup });
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "a", 1 }, { "b", new BsonArray { 1, 2, 3 } }, { "c", "x" } });
        await collection.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument
        {
            { "$set", new BsonDocument("a", 2) }, { "$unset", new BsonDocument("c", "") }, { "$push", new BsonDocument("b", 4) },
        });
        await collection.ReplaceOneAsync(new BsonDocument("_id", 1), new BsonDocument { { "_id", 1 }, { "z", true } });
        await collection.DeleteOneAsync(new BsonDocument("_id", 1));

        var events = await NextAsync(cursor, 4);
        Assert.Equal(
            [ChangeStreamOperationType.Insert, ChangeStreamOperationType.Update, ChangeStreamOperationType.Replace, ChangeStreamOperationType.Delete],
            events.Select(e => e.OperationType));
        Assert.All(events, e =>
        {
            Assert.Equal(new BsonDocument("_id", 1), e.DocumentKey);
            Assert.Equal(collection.CollectionNamespace, e.CollectionNamespace);
            Assert.NotNull(e.ClusterTime);
            Assert.NotNull(e.WallTime);
            Assert.True(e.ResumeToken.Contains("_data"));
        });
        Assert.Equal(1, events[0].FullDocument["a"].AsInt32);
        var update = events[1].UpdateDescription;
        Assert.Equal(new BsonDocument { { "a", 2 }, { "b.3", 4 } }, update.UpdatedFields);
        Assert.Equal(["c"], update.RemovedFields);
        Assert.Equal(new BsonDocument { { "_id", 1 }, { "z", true } }, events[2].FullDocument);
        Assert.Null(events[3].FullDocument);
    }

    [Fact]
    public async Task Events_of_a_transaction_appear_only_at_commit_in_order_with_its_session()
    {
        var collection = await NewCollectionAsync();
        using var cursor = await collection.WatchAsync();
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
        await collection.InsertOneAsync(session, new BsonDocument("_id", 2));

        Assert.Empty(await NextWithinAsync(cursor, TimeSpan.FromMilliseconds(600)));
        await session.CommitTransactionAsync();

        var events = await NextAsync(cursor, 2);
        Assert.Equal([1, 2], events.Select(e => e.DocumentKey["_id"].AsInt32));
        Assert.All(events, e => Assert.Equal(session.ServerSession.Id["id"], e.BackingDocument["lsid"]["id"]));
        Assert.All(events, e => Assert.True(e.BackingDocument.Contains("txnNumber")));
        Assert.Equal(events[0].ClusterTime, events[1].ClusterTime);
    }

    private static async Task<List<ChangeStreamDocument<BsonDocument>>> NextWithinAsync(IChangeStreamCursor<ChangeStreamDocument<BsonDocument>> cursor, TimeSpan wait)
    {
        var events = new List<ChangeStreamDocument<BsonDocument>>();
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline && await cursor.MoveNextAsync())
        {
            events.AddRange(cursor.Current);
        }

        return events;
    }

    [Fact]
    public async Task Aborted_transaction_publishes_nothing()
    {
        var collection = await NewCollectionAsync();
        using var cursor = await collection.WatchAsync();
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
        await session.AbortTransactionAsync();
        await collection.InsertOneAsync(new BsonDocument("_id", 2));

        var events = await NextAsync(cursor, 1);
        Assert.Equal([2], events.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Empty_getMore_waits_for_maxAwaitTime_and_carries_a_postBatchResumeToken()
    {
        var collection = await NewCollectionAsync();
        using var cursor = await collection.WatchAsync(new ChangeStreamOptions { MaxAwaitTime = TimeSpan.FromMilliseconds(400) });
        Assert.True(await cursor.MoveNextAsync());
        Assert.Empty(cursor.Current);
        var started = DateTime.UtcNow;
        Assert.True(await cursor.MoveNextAsync());
        Assert.Empty(cursor.Current);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(350));
        Assert.NotNull(cursor.GetResumeToken());
    }

    [Fact]
    public async Task Resuming_from_a_saved_token_delivers_the_rest_exactly_once()
    {
        var collection = await NewCollectionAsync();
        BsonDocument token;
        using (var cursor = await collection.WatchAsync())
        {
            await collection.InsertManyAsync(Enumerable.Range(1, 3).Select(i => new BsonDocument("_id", i)));
            var first = await NextAsync(cursor, 1);
            token = first[0].ResumeToken;
        }

        await collection.InsertManyAsync(Enumerable.Range(4, 2).Select(i => new BsonDocument("_id", i)));
        using var resumed = await collection.WatchAsync(new ChangeStreamOptions { ResumeAfter = token });
        var events = await NextAsync(resumed, 4);
        Assert.Equal([2, 3, 4, 5], events.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Stream_survives_its_cursor_being_killed_and_sees_every_event_once()
    {
        var collection = await NewCollectionAsync();
        using var session = await target.Client.StartSessionAsync();
        using var cursor = await collection.WatchAsync(session, new ChangeStreamOptions { BatchSize = 2 });
        await collection.InsertManyAsync(Enumerable.Range(1, 5).Select(i => new BsonDocument("_id", i)));
        var seen = await NextAsync(cursor, 2);

        // Another client kills the stream's session, and with it the stream's server cursor.
        using var other = OtherClient();
        await other.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("killSessions", new BsonArray { session.ServerSession.Id }));
        await collection.InsertManyAsync(Enumerable.Range(6, 5).Select(i => new BsonDocument("_id", i)));
        seen.AddRange(await NextAsync(cursor, 10 - seen.Count));

        Assert.Equal(Enumerable.Range(1, 10), seen.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Database_and_deployment_streams_see_changes_of_every_collection()
    {
        var collection = await NewCollectionAsync();
        var database = collection.Database;
        var second = database.GetCollection<BsonDocument>("second");
        using var databaseStream = await database.WatchAsync();
        using var clusterStream = await target.Client.WatchAsync(new ChangeStreamOptions { FullDocument = ChangeStreamFullDocumentOption.UpdateLookup });
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        await second.InsertOneAsync(new BsonDocument("_id", 2));

        var fromDatabase = await NextAsync(databaseStream, 2);
        Assert.Equal(["items", "second"], fromDatabase.Select(e => e.CollectionNamespace.CollectionName));
        var fromCluster = new List<ChangeStreamDocument<BsonDocument>>();
        var deadline = DateTime.UtcNow + Patience;
        while (fromCluster.Count < 2 && DateTime.UtcNow < deadline && await clusterStream.MoveNextAsync())
        {
            fromCluster.AddRange(clusterStream.Current.Where(e => e.DatabaseNamespace?.DatabaseName == database.DatabaseNamespace.DatabaseName));
        }

        Assert.Equal([1, 2], fromCluster.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Dropping_the_collection_ends_its_stream_with_drop_then_invalidate()
    {
        var collection = await NewCollectionAsync();
        using var cursor = await collection.WatchAsync();
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        await collection.Database.DropCollectionAsync("items");

        var events = await NextAsync(cursor, 3);
        Assert.Equal(
            [ChangeStreamOperationType.Insert, ChangeStreamOperationType.Drop, ChangeStreamOperationType.Invalidate],
            events.Select(e => e.OperationType));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.WatchAsync(new ChangeStreamOptions { ResumeAfter = events[2].ResumeToken }));
        Assert.Equal(260, ex.Code);
        using var after = await collection.WatchAsync(new ChangeStreamOptions { StartAfter = events[2].ResumeToken });
        await collection.InsertOneAsync(new BsonDocument("_id", 2));
        Assert.Equal([2], (await NextAsync(after, 1)).Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Match_after_changeStream_filters_events()
    {
        var collection = await NewCollectionAsync();
        var pipeline = new EmptyPipelineDefinition<ChangeStreamDocument<BsonDocument>>()
            .Match(new BsonDocument("fullDocument.keep", true));
        using var cursor = await collection.WatchAsync(pipeline);
        await collection.InsertManyAsync([new BsonDocument { { "_id", 1 }, { "keep", false } }, new BsonDocument { { "_id", 2 }, { "keep", true } }]);

        var events = await NextAsync(cursor, 1);
        Assert.Equal([2], events.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Pre_and_post_images_are_reported_when_the_collection_enables_them()
    {
        var database = target.NewDatabase("cs");
        await database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "create", "items" }, { "changeStreamPreAndPostImages", new BsonDocument("enabled", true) },
        });
        var collection = database.GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "v", 1 } });
        using var cursor = await collection.WatchAsync(new ChangeStreamOptions
        {
            FullDocument = ChangeStreamFullDocumentOption.WhenAvailable,
            FullDocumentBeforeChange = ChangeStreamFullDocumentBeforeChangeOption.Required,
        });
        await collection.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$inc", new BsonDocument("v", 1)));
        await collection.DeleteOneAsync(new BsonDocument("_id", 1));

        var events = await NextAsync(cursor, 2);
        Assert.Equal(new BsonDocument { { "_id", 1 }, { "v", 1 } }, events[0].FullDocumentBeforeChange);
        Assert.Equal(new BsonDocument { { "_id", 1 }, { "v", 2 } }, events[0].FullDocument);
        Assert.Equal(new BsonDocument { { "_id", 1 }, { "v", 2 } }, events[1].FullDocumentBeforeChange);
    }

    [Fact]
    public async Task Starting_before_the_retained_history_answers_ChangeStreamHistoryLost()
    {
        var collection = await NewCollectionAsync();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.WatchAsync(new ChangeStreamOptions
        {
            StartAtOperationTime = new BsonTimestamp(1, 1),
        }));
        Assert.Equal(286, ex.Code);
        Assert.Equal("ChangeStreamHistoryLost", ex.CodeName);
    }

    [Fact]
    public async Task StartAtOperationTime_replays_changes_from_that_time()
    {
        var collection = await NewCollectionAsync();
        using var session = await target.Client.StartSessionAsync();
        await collection.Database.RunCommandAsync<BsonDocument>(session, new BsonDocument("ping", 1));
        var before = session.OperationTime;
        await collection.InsertManyAsync([new BsonDocument("_id", 1), new BsonDocument("_id", 2)]);

        using var cursor = await collection.WatchAsync(new ChangeStreamOptions { StartAtOperationTime = before });
        var events = await NextAsync(cursor, 2);
        Assert.Equal([1, 2], events.Select(e => e.DocumentKey["_id"].AsInt32));
    }

    [Fact]
    public async Task Stream_that_falls_behind_the_retained_history_answers_ChangeStreamHistoryLost()
    {
        // The history bound is a server option, so this one runs on a small embedded server of its own.
        await using var server = await EmbeddedMongo.Hosting.EmbeddedMongoServer.StartAsync(new EmbeddedMongo.Hosting.EmbeddedMongoOptions { ChangeStreamHistorySize = 5 });
        using var client = new MongoClient(server.ConnectionString);
        var collection = client.GetDatabase("small").GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("_id", 0));
        using var cursor = await collection.WatchAsync();
        Assert.True(await cursor.MoveNextAsync());
        var token = cursor.GetResumeToken();
        await collection.InsertManyAsync(Enumerable.Range(1, 10).Select(i => new BsonDocument("_id", i)));

        var lost = await Assert.ThrowsAsync<MongoCommandException>(() => cursor.MoveNextAsync());
        Assert.Equal(286, lost.Code);
        var resume = await Assert.ThrowsAsync<MongoCommandException>(() => collection.WatchAsync(new ChangeStreamOptions { ResumeAfter = token }));
        Assert.Equal(286, resume.Code);
    }

    [Fact]
    public async Task Stream_within_the_retained_history_reads_every_event_after_the_history_wraps()
    {
        await using var server = await EmbeddedMongo.Hosting.EmbeddedMongoServer.StartAsync(new EmbeddedMongo.Hosting.EmbeddedMongoOptions { ChangeStreamHistorySize = 4 });
        using var client = new MongoClient(server.ConnectionString);
        var collection = client.GetDatabase("small").GetCollection<BsonDocument>("items");
        using var cursor = await collection.WatchAsync();
        var seen = new List<int>();
        for (var round = 0; round < 5; round++)
        {
            // Three writes per round into a history of four: the log wraps around many times, never losing what was unread.
            await collection.InsertManyAsync(Enumerable.Range(round * 3, 3).Select(i => new BsonDocument("_id", i)));
            while (seen.Count < (round + 1) * 3 && await cursor.MoveNextAsync())
            {
                seen.AddRange(cursor.Current.Select(e => e.DocumentKey["_id"].AsInt32));
            }
        }

        Assert.Equal(Enumerable.Range(0, 15), seen);
    }

    private MongoClient OtherClient()
    {
        var settings = MongoClientSettings.FromConnectionString(target.ConnectionString);
        settings.ApplicationName = "cs-other";
        return new MongoClient(settings);
    }
}
