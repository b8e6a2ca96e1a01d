using System.Globalization;
using Bench.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics;
using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>
/// Where an analysis spends its time on the server: each prefix of its pipeline, ended by a $count so
/// that only one small document crosses the wire, timed on its own (scale = orders). The increments
/// between prefixes are the stages' costs. A prefix never separates a $lookup from the $unwind it
/// absorbs, nor a $sort from its $limit, so that every prefix runs the way the whole pipeline does.
/// </summary>
public static class StagesBench
{
    /// <summary>The analyses issue 3 holds to at most 3x LINQ.</summary>
    private static readonly string[] Analyses = ["revenue-by-category", "top-customers", "monthly-revenue"];

    public static async Task RunAsync(SuiteOptions options)
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = options.Scale });
        await using var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { UseEnvironment = false, DatabaseName = "bench" });
        await Report.GuardAsync(async () =>
        {
            await ShopSeeder.SeedAsync(shop, data, new SeedOptions { BypassValidation = true });
            foreach (var name in Analyses)
            {
                var analysis = AnalysisRegistry.Find(name)!;
                var stages = analysis.Pipeline();
                var collection = shop.Raw(analysis.Collection);
                var parts = new List<string> { $"{name} (server only, cumulative ms per prefix):" };
                var scan = await MedianAsync(collection, [], options.Runs);
                parts.Add(Part("scan", scan, scan));
                var previous = scan;
                for (var end = 1; end <= stages.Length; end++)
                {
                    if (end < stages.Length && stages[end].GetElement(0).Name is "$unwind" or "$limit")
                    {
                        continue;
                    }

                    var ms = await MedianAsync(collection, stages[..end], options.Runs);
                    parts.Add(Part(Label(stages, end), ms, ms - previous));
                    previous = ms;
                }

                Report.Info(string.Join("\n    ", parts));
            }
        });
    }

    /// <summary>The stages added by the prefix ending at <paramref name="end"/> (a $lookup with its $unwind, a $sort with its $limit).</summary>
    private static string Label(BsonDocument[] stages, int end)
    {
        var start = end - 1;
        while (start > 0 && stages[start].GetElement(0).Name is "$unwind" or "$limit")
        {
            start--;
        }

        return string.Join('+', stages[start..end].Select(s => s.GetElement(0).Name));
    }

    private static string Part(string label, double cumulative, double increment)
        => string.Create(CultureInfo.InvariantCulture, $"{label,-28} {cumulative,9:0.0} ms  (+{increment:0.0})");

    private static async Task<double> MedianAsync(IMongoCollection<BsonDocument> collection, BsonDocument[] prefix, int runs)
    {
        BsonDocument[] pipeline = [.. prefix, new("$count", "n")];
        await collection.Aggregate<BsonDocument>(pipeline).ToListAsync();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            times.Add(await Report.TimeAsync(() => collection.Aggregate<BsonDocument>(pipeline).ToListAsync()));
        }

        return Report.Median(times);
    }
}
