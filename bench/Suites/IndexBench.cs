using Bench.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Bench.Suites;

/// <summary>
/// Finds on an indexed field against the same finds with the index hidden behind a
/// {$natural: 1} hint (a collection scan), with the keys and documents explain says each examined.
/// </summary>
public static class IndexBench
{
    public static async Task RunAsync(SuiteOptions options)
    {
        await using var server = await ScratchServer.StartAsync();
        await MeasureAsync(server.Database, options.Scale, options.Runs);
    }

    private static async Task MeasureAsync(IMongoDatabase db, int count, int runs)
    {
        await db.DropCollectionAsync("index");
        var collection = db.GetCollection<BsonDocument>("index");
        var batch = new List<BsonDocument>(10_000);
        for (var i = 0; i < count; i++)
        {
            batch.Add(new BsonDocument { { "_id", i }, { "k", i % (count / 10 + 1) }, { "r", i } });
            if (batch.Count == batch.Capacity || i == count - 1)
            {
                await collection.InsertManyAsync(batch);
                batch.Clear();
            }
        }

        await collection.Indexes.CreateManyAsync([
            new CreateIndexModel<BsonDocument>(new BsonDocument("k", 1)),
            new CreateIndexModel<BsonDocument>(new BsonDocument("r", 1)),
        ]);
        await Compare(db, collection, "equality find", new BsonDocument("k", 42), count, runs * 5);
        await Compare(db, collection, "range find (100 docs)", new BsonDocument("r", new BsonDocument { { "$gte", count / 2 }, { "$lt", count / 2 + 100 } }), count, runs * 5);
        await db.DropCollectionAsync("index");
    }

    private static async Task Compare(IMongoDatabase db, IMongoCollection<BsonDocument> collection, string name, BsonDocument filter, int count, int runs)
    {
        var scan = new FindOptions { Hint = new BsonDocument("$natural", 1) };
        // Warm both paths up first (JIT, caches), then time each in its own block: an indexed find
        // takes a fraction of a millisecond, so it is timed over a batch of finds and divided, and is
        // never measured right after a scan that has just churned the heap.
        const int findsPerSample = 50;
        await collection.Find(filter, scan).ToListAsync();
        GC.Collect();
        for (var i = 0; i < findsPerSample; i++)
        {
            await collection.Find(filter).ToListAsync();
        }

        var indexed = new List<double>();
        for (var run = 0; run < runs * 5; run++)
        {
            indexed.Add(await Report.TimeAsync(async () =>
            {
                for (var i = 0; i < findsPerSample; i++)
                {
                    await collection.Find(filter).ToListAsync();
                }
            }) / findsPerSample);
        }

        var scanned = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            scanned.Add(await Report.TimeAsync(() => collection.Find(filter, scan).ToListAsync()));
        }

        Report.Duration(name + " (index vs scan)", count, Report.Median(indexed), Report.Median(scanned));
        var withIndex = await Explain(db, filter, null);
        var withScan = await Explain(db, filter, new BsonDocument("$natural", 1));
        Report.Info($"explain: index keys/docs examined {withIndex.Keys}/{withIndex.Docs}, scan docs examined {withScan.Docs}, returned {withIndex.Returned}");
    }

    private static async Task<(long Keys, long Docs, long Returned)> Explain(IMongoDatabase db, BsonDocument filter, BsonValue? hint)
    {
        var find = new BsonDocument { { "find", "index" }, { "filter", filter } };
        if (hint is not null)
        {
            find["hint"] = hint;
        }

        var explain = await db.RunCommandAsync<BsonDocument>(new BsonDocument { { "explain", find }, { "verbosity", "executionStats" } });
        var stats = explain["executionStats"];
        return (stats["totalKeysExamined"].ToInt64(), stats["totalDocsExamined"].ToInt64(), stats["nReturned"].ToInt64());
    }
}
