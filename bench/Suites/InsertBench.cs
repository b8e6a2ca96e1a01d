using Bench.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Bench.Suites;

/// <summary>
/// Bulk insert of small documents through the driver into the embedded server, against the
/// reference of only serializing the same documents to BSON (the least any insert must do).
/// </summary>
public static class InsertBench
{
    private const double MinimumRate = 150_000;

    public static List<BsonDocument> Documents(int count)
    {
        var documents = new List<BsonDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(new BsonDocument
            {
                { "_id", ObjectId.GenerateNewId() },
                { "sku", "SKU-" + (i % 5000) },
                { "qty", i % 100 },
                { "price", new Decimal128(i % 1000 / 10m) },
                { "status", (i & 1) == 0 ? "open" : "closed" },
            });
        }

        return documents;
    }

    public static async Task RunAsync(SuiteOptions options)
    {
        await using var server = await ScratchServer.StartAsync();
        await MeasureAsync(server.Database, options.Scale, options.Runs);
    }

    private static async Task MeasureAsync(IMongoDatabase db, int count, int runs)
    {
        var ours = new List<double>();
        var reference = new List<double>();
        var oursCpu = new List<double>();
        var referenceCpu = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var documents = Documents(count);
            await db.DropCollectionAsync("insert");
            var collection = db.GetCollection<BsonDocument>("insert");
            var cpu = Report.Cpu();
            var ms = await Report.TimeAsync(() => collection.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }));
            oursCpu.Add(count / (Report.Cpu() - cpu).TotalSeconds);
            ours.Add(count / (ms / 1000));
            cpu = Report.Cpu();
            reference.Add(count / (Report.Time(() => Serialize(documents)) / 1000));
            referenceCpu.Add(count / (Report.Cpu() - cpu).TotalSeconds);
        }

        await db.DropCollectionAsync("insert");
        // Issue 2's goal is an absolute rate: at least 150,000 small documents a second through the driver.
        var oursMedian = Report.Median(ours);
        Report.Throughput("insert (docs/s)", count, oursMedian, Report.Median(reference), ">= 150,000/s", oursMedian >= MinimumRate);

        // On a shared machine wall time includes waiting for a core; process CPU time does not.
        Report.Throughput("insert (docs per CPU-s)", count, Report.Median(oursCpu), Report.Median(referenceCpu));
    }

    private static void Serialize(List<BsonDocument> documents)
    {
        long bytes = 0;
        foreach (var document in documents)
        {
            bytes += document.ToBson().Length;
        }

        GC.KeepAlive(bytes);
    }
}
