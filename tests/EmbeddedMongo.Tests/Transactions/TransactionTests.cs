using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Transactions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class TransactionTests(MongoTarget target)
{
    private static readonly FilterDefinition<BsonDocument> All = FilterDefinition<BsonDocument>.Empty;

    private async Task<IMongoCollection<BsonDocument>> NewCollectionAsync(params BsonDocument[] documents)
    {
        var database = target.NewDatabase("txn");
        await database.CreateCollectionAsync("items");
        var collection = database.GetCollection<BsonDocument>("items");
        if (documents.Length > 0)
        {
            await collection.InsertManyAsync(documents);
        }

        return collection;
    }

    /// <summary>A client of its own (own settings, own session pool): raw txnNumbers must not leak into the shared pooled sessions.</summary>
    private MongoClient OwnClient(string name)
    {
        var settings = MongoClientSettings.FromConnectionString(target.ConnectionString);
        settings.ApplicationName = name;
        return new MongoClient(settings);
    }

    private static async Task<long> CountAsync(IMongoCollection<BsonDocument> collection)
        => (await collection.Find(All).ToListAsync()).Count;

    [Fact]
    public async Task Committed_writes_become_visible_to_others_only_at_commit()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 2));
        await collection.DeleteOneAsync(session, new BsonDocument("_id", 1));

        Assert.Equal([1], (await collection.Find(All).ToListAsync()).Select(d => d["_id"].AsInt32));
        Assert.Equal([2], (await collection.Find(session, All).ToListAsync()).Select(d => d["_id"].AsInt32));

        await session.CommitTransactionAsync();
        Assert.Equal([2], (await collection.Find(All).ToListAsync()).Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Abort_leaves_no_trace()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertManyAsync(session, [new BsonDocument("_id", 2), new BsonDocument("_id", 3)]);
        await collection.DeleteOneAsync(session, new BsonDocument("_id", 1));
        await session.AbortTransactionAsync();

        Assert.Equal([1], (await collection.Find(All).ToListAsync()).Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Transaction_reads_its_snapshot_not_later_commits()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        Assert.Single(await collection.Find(session, All).ToListAsync());

        await collection.InsertOneAsync(new BsonDocument("_id", 2));
        await collection.DeleteOneAsync(new BsonDocument("_id", 1));

        var seen = await collection.Find(session, All).ToListAsync();
        Assert.Equal([1], seen.Select(d => d["_id"].AsInt32));
        await session.CommitTransactionAsync();
        Assert.Equal([2], (await collection.Find(All).ToListAsync()).Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Snapshot_covers_collections_first_read_after_other_commits()
    {
        var database = target.NewDatabase("txn");
        var first = database.GetCollection<BsonDocument>("first");
        var second = database.GetCollection<BsonDocument>("second");
        await first.InsertOneAsync(new BsonDocument("_id", 1));
        await second.InsertOneAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        Assert.Single(await first.Find(session, All).ToListAsync());

        await second.InsertOneAsync(new BsonDocument("_id", 2));

        Assert.Single(await second.Find(session, All).ToListAsync());
        await session.CommitTransactionAsync();
    }

    [Fact]
    public async Task Second_writer_of_a_document_gets_WriteConflict_with_TransientTransactionError()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var first = await target.Client.StartSessionAsync();
        using var second = await target.Client.StartSessionAsync();
        first.StartTransaction();
        second.StartTransaction();
        await collection.DeleteOneAsync(first, new BsonDocument("_id", 1));

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.DeleteOneAsync(second, new BsonDocument("_id", 1)));
        Assert.Equal(112, ex.Code);
        Assert.Equal("WriteConflict", ex.CodeName);
        Assert.True(ex.HasErrorLabel("TransientTransactionError"));

        await first.CommitTransactionAsync();
        var commit = await Assert.ThrowsAsync<MongoCommandException>(() => second.CommitTransactionAsync());
        Assert.Equal(251, commit.Code);
        Assert.True(commit.HasErrorLabel("TransientTransactionError"));
    }

    [Fact]
    public async Task Writing_a_document_committed_after_the_snapshot_conflicts()
    {
        var collection = await NewCollectionAsync(new BsonDocument { { "_id", 1 }, { "v", 1 } });
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        Assert.Single(await collection.Find(session, All).ToListAsync());
        await collection.DeleteOneAsync(new BsonDocument("_id", 1));

        await collection.InsertOneAsync(new BsonDocument("_id", 1));

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.DeleteOneAsync(session, new BsonDocument("_id", 1)));
        Assert.Equal(112, ex.Code);
        Assert.True(ex.HasErrorLabel("TransientTransactionError"));
    }

    [Fact]
    public async Task WithTransaction_retries_conflicting_transactions_until_both_apply_once()
    {
        var collection = await NewCollectionAsync(new BsonDocument { { "_id", "counter" }, { "n", 0 } });
        var steps = collection.Database.GetCollection<BsonDocument>("steps");
        await collection.Database.CreateCollectionAsync("steps");
        var sessions = 4;
        var rounds = 5;
        var attempts = 0;
        async Task WorkerAsync()
        {
            using var session = await target.Client.StartSessionAsync();
            for (var round = 0; round < rounds; round++)
            {
                await session.WithTransactionAsync(async (s, ct) =>
                {
                    Interlocked.Increment(ref attempts);
                    var counter = await collection.Find(s, new BsonDocument("_id", "counter")).SingleAsync(ct);
                    await Task.Delay(Random.Shared.Next(3), ct);
                    await collection.DeleteOneAsync(s, new BsonDocument("_id", "counter"), cancellationToken: ct);
                    await collection.InsertOneAsync(s, new BsonDocument { { "_id", "counter" }, { "n", counter["n"].AsInt32 + 1 } }, cancellationToken: ct);
                    await steps.InsertOneAsync(s, new BsonDocument("from", counter["n"].AsInt32), cancellationToken: ct);
                    return true;
                });
            }
        }

        await Task.WhenAll(Enumerable.Range(0, sessions).Select(_ => Task.Run(WorkerAsync)));

        var final = await collection.Find(new BsonDocument("_id", "counter")).SingleAsync();
        Assert.Equal(sessions * rounds, final["n"].AsInt32);
        var taken = await steps.Find(All).ToListAsync();
        Assert.Equal(Enumerable.Range(0, sessions * rounds), taken.Select(d => d["from"].AsInt32).Order());
        Assert.True(attempts >= sessions * rounds);
    }

    [Fact]
    public async Task Reader_never_sees_half_a_transaction()
    {
        var collection = await NewCollectionAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var writer = Task.Run(async () =>
        {
            using var session = await target.Client.StartSessionAsync();
            var batch = 0;
            while (!stop.IsCancellationRequested)
            {
                session.StartTransaction();
                for (var i = 0; i < 5; i++)
                {
                    await collection.InsertOneAsync(session, new BsonDocument("batch", batch));
                }

                await session.CommitTransactionAsync();
                batch++;
            }
        });
        var reads = 0;
        while (!writer.IsCompleted)
        {
            var count = await CountAsync(collection);
            Assert.Equal(0, count % 5);
            reads++;
        }

        await writer;
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task Duplicate_key_in_a_transaction_fails_the_statement_and_aborts()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 2));
        var ex = await Assert.ThrowsAnyAsync<MongoException>(() => collection.InsertOneAsync(session, new BsonDocument("_id", 1)));
        Assert.Equal(11000, Codes.Of(ex));

        var commit = await Assert.ThrowsAsync<MongoCommandException>(() => session.CommitTransactionAsync());
        Assert.Equal(251, commit.Code);
        Assert.Equal(1, await CountAsync(collection));
    }

    [Fact]
    public async Task Transaction_creates_a_collection_by_inserting_into_it()
    {
        var database = target.NewDatabase("txn");
        var collection = database.GetCollection<BsonDocument>("fresh");
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
        Assert.DoesNotContain("fresh", await (await database.ListCollectionNamesAsync()).ToListAsync());
        await session.CommitTransactionAsync();

        Assert.Contains("fresh", await (await database.ListCollectionNamesAsync()).ToListAsync());
        Assert.Equal(1, await CountAsync(collection));
    }

    [Fact]
    public async Task Drop_in_a_transaction_is_refused_with_263()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 2));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Database.DropCollectionAsync(session, "items"));
        Assert.Equal(263, ex.Code);
        Assert.Equal("OperationNotSupportedInTransaction", ex.CodeName);
        await session.AbortTransactionAsync();
    }

    [Fact]
    public async Task CreateIndexes_on_an_existing_collection_in_a_transaction_is_refused_with_263()
    {
        var collection = await NewCollectionAsync(new BsonDocument("_id", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Indexes.CreateOneAsync(session, new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1))));
        Assert.Equal(263, ex.Code);
    }

    [Fact]
    public async Task Commit_retried_after_success_answers_ok_and_abort_after_commit_answers_256()
    {
        var collection = await NewCollectionAsync();
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
        await session.CommitTransactionAsync();

        var lsid = session.ServerSession.Id;
        var txnNumber = session.WrappedCoreSession.CurrentTransaction.TransactionNumber;
        var admin = target.Client.GetDatabase("admin");
        var again = await admin.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "commitTransaction", 1 }, { "lsid", lsid }, { "txnNumber", txnNumber }, { "autocommit", false },
        });
        Assert.Equal(1.0, again["ok"].ToDouble());
        var abort = await Assert.ThrowsAsync<MongoCommandException>(() => admin.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "abortTransaction", 1 }, { "lsid", lsid }, { "txnNumber", txnNumber }, { "autocommit", false },
        }));
        Assert.Equal(256, abort.Code);
        Assert.Equal(1, await CountAsync(collection));
    }

    [Fact]
    public async Task Statement_of_an_unknown_transaction_answers_NoSuchTransaction()
    {
        var collection = await NewCollectionAsync();
        using var client = OwnClient("txn-unknown");
        using var session = await client.StartSessionAsync();
        collection = client.GetDatabase(collection.Database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items");
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Database.RunCommandAsync<BsonDocument>(session, new BsonDocument
        {
            { "find", "items" }, { "txnNumber", 42L }, { "autocommit", false },
        }));
        Assert.Equal(251, ex.Code);
        Assert.True(ex.HasErrorLabel("TransientTransactionError"));
    }

    [Fact]
    public async Task Starting_an_older_transaction_number_answers_TransactionTooOld()
    {
        var collection = await NewCollectionAsync();
        using var client = OwnClient("txn-too-old");
        using var session = await client.StartSessionAsync();
        collection = client.GetDatabase(collection.Database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items");
        BsonDocument Start(long n) => new()
        {
            { "insert", "items" }, { "documents", new BsonArray { new BsonDocument("n", n) } },
            { "txnNumber", n }, { "startTransaction", true }, { "autocommit", false },
        };
        await collection.Database.RunCommandAsync<BsonDocument>(session, Start(10));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Database.RunCommandAsync<BsonDocument>(session, Start(9)));
        Assert.Equal(225, ex.Code);
        Assert.Equal("TransactionTooOld", ex.CodeName);
    }

    [Fact]
    public async Task Transaction_older_than_its_lifetime_limit_is_aborted()
    {
        var collection = await NewCollectionAsync();
        var admin = target.Client.GetDatabase("admin");
        await admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "setParameter", 1 }, { "transactionLifetimeLimitSeconds", 1 } });
        try
        {
            using var session = await target.Client.StartSessionAsync();
            session.StartTransaction();
            await collection.InsertOneAsync(session, new BsonDocument("_id", 1));
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            var ex = await Assert.ThrowsAsync<MongoCommandException>(() => session.CommitTransactionAsync());
            Assert.Equal(251, ex.Code);
            Assert.Equal(0, await CountAsync(collection));
        }
        finally
        {
            await admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "setParameter", 1 }, { "transactionLifetimeLimitSeconds", 60 } });
        }
    }
}
