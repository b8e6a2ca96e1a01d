using Bench.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Bench.Suites;

/// <summary>
/// How much memory a $group over N documents holds beyond its input: the heap is sampled every
/// millisecond while the aggregation runs through the driver, and the peak growth is compared with
/// the size of the collection itself (the live heap it added when it was loaded). The goal: the
/// group never holds more than one more copy of its input (a streaming group holds only its groups).
/// </summary>
public static class MemoryBench
{
    private const double MegaByte = 1024 * 1024;

    public static async Task RunAsync(SuiteOptions options)
    {
        await using var server = await ScratchServer.StartAsync();
        var collection = server.Database.GetCollection<BsonDocument>("memory");
        var before = SettledHeap();
        await LoadAsync(collection, options.Scale);
        var loaded = SettledHeap();
        var input = loaded - before;

        var pipeline = new[]
        {
            BsonDocument.Parse("{$group: {_id: '$customer', total: {$sum: '$amount'}, orders: {$sum: 1}, last: {$max: '$at'}}}"),
        };
        var peaks = new List<double>();
        var groups = 0;
        for (var run = 0; run < options.Runs; run++)
        {
            var start = SettledHeap();
            using var sampler = new HeapSampler();
            groups = (await (await collection.AggregateAsync<BsonDocument>(pipeline)).ToListAsync()).Count;
            peaks.Add(sampler.Stop() - start);
        }

        var retained = SettledHeap() - loaded;
        var peak = Report.Median(peaks);
        Report.Add(new Figure(Report.Suite, $"$group into {groups:N0} groups: peak extra heap", options.Scale, peak / MegaByte, input / MegaByte, "MB", peak / input,
            "<= 1 copy of input", peak <= input, $"input (collection) {input / MegaByte:0} MB; heap retained after the runs {Math.Max(0, retained) / MegaByte:0.0} MB"));
    }

    private static async Task LoadAsync(IMongoCollection<BsonDocument> collection, int count)
    {
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        const int batchSize = 50_000;
        for (var offset = 0; offset < count; offset += batchSize)
        {
            var batch = Enumerable.Range(offset, Math.Min(batchSize, count - offset)).Select(i => new BsonDocument
            {
                { "_id", i },
                { "customer", i % 10_000 },
                { "amount", new Decimal128((i % 5000) / 100m) },
                { "at", start.AddMinutes(i) },
                { "status", (i % 7) == 0 ? "cancelled" : "delivered" },
            });
            await collection.InsertManyAsync(batch);
        }
    }

    /// <summary>The live heap after full, compacting collections (garbage excluded).</summary>
    private static double SettledHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Samples the heap size (live data plus not yet collected garbage: an upper bound) until stopped.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Thread thread;
        private long peak;

        public HeapSampler()
        {
            thread = new Thread(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                    Thread.Sleep(1);
                }
            }) { IsBackground = true, Name = "heap sampler" };
            thread.Start();
        }

        public double Stop()
        {
            stop.Cancel();
            thread.Join();
            return peak;
        }

        public void Dispose() => stop.Dispose();
    }
}
