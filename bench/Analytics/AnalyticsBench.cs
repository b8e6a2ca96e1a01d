using Bench.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics;
using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>
/// Every analysis of the library on a generated shop (scale = orders), end to end through the driver
/// against the embedded server, versus (a) hand-written LINQ over the same objects in memory (answers
/// checked equal) and (b) mingo 7 under Node running the same pipelines on the same data.
/// </summary>
public static class AnalyticsBench
{
    /// <summary>The analyses issue 3 holds to at most 3x LINQ and faster than mingo.</summary>
    private static readonly HashSet<string> Named = new(["revenue-by-category", "top-customers", "monthly-revenue"], StringComparer.Ordinal);

    /// <summary>Garbage collection inside the timed pipeline runs (the server's heap is part of this process).</summary>
    private static (int Gen2, TimeSpan Paused, double Ms) collected;

    /// <summary>Untimed runs of each side after the first (which checks the answers) and before the timed ones.</summary>
    private const int WarmUpRuns = 3;

    public static async Task RunAsync(SuiteOptions options)
    {
        collected = default;
        var data = default(ShopDataset)!;
        var generated = Report.Time(() => data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = options.Scale }));
        var analyses = AnalysisRegistry.All;
        var ours = new Dictionary<string, (double Median, int Rows)>(StringComparer.Ordinal);
        var mismatches = 0;

        // The server is stopped (its memory released) before Node loads its own copy of the data.
        await using (var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { UseEnvironment = false, DatabaseName = "bench" }))
        {
            await Report.GuardAsync(async () =>
            {
                var seeded = await Report.TimeAsync(() => ShopSeeder.SeedAsync(shop, data, new SeedOptions { BypassValidation = true }));
                Report.Info($"{data.Orders.Count:N0} orders, {data.OrderItems.Count:N0} items, {data.Customers.Count:N0} customers, {data.Products.Count:N0} products: generated in {generated / 1000:0.0} s, seeded in {seeded / 1000:0.0} s");
                foreach (var analysis in analyses)
                {
                    var (median, rows, agrees) = await CompareWithLinqAsync(shop, data, analysis, options);
                    ours[analysis.Name] = (median, rows);
                    mismatches += agrees ? 0 : 1;
                }

                Report.Info($"garbage collection inside the timed pipeline runs: {collected.Gen2} gen-2 collections, {collected.Paused.TotalSeconds:0.00} s paused of {collected.Ms / 1000:0.00} s");
            });
        }

        var mingo = await MingoRunner.RunAsync(data, analyses, options.Runs);
        if (mingo.Skipped is not null)
        {
            Report.Info($"mingo: skipped ({mingo.Skipped})");
        }
        else
        {
            Report.Info($"mingo: {mingo.Versions}, data loaded and converted in {mingo.LoadMs / 1000:0.0} s (not timed)");
            foreach (var analysis in analyses)
            {
                CompareWithMingo(analysis.Name, options, ours[analysis.Name], mingo.Timings.GetValueOrDefault(analysis.Name));
            }
        }

        if (mismatches > 0)
        {
            Console.WriteLine($"!!! {mismatches} analyses gave a different answer from LINQ: see MISMATCH above !!!");
        }
    }

    private static async Task<(double Median, int Rows, bool Agrees)> CompareWithLinqAsync(ShopDatabase shop, ShopDataset data, IAnalysis analysis, SuiteOptions options)
    {
        // Untimed first run (JIT, caches): the raw result size for the mingo check, and the typed answer for the LINQ check.
        var rows = (await shop.Raw(analysis.Collection).AggregateAsync<BsonDocument>(analysis.Pipeline())).ToList().Count;
        var answer = await analysis.RunUntypedAsync(shop);
        if (!LinqAnswers.ByName.TryGetValue(analysis.Name, out var linq))
        {
            var alone = new List<double>();
            for (var run = 0; run < options.Runs; run++)
            {
                alone.Add(await Report.TimeAsync(() => analysis.RunUntypedAsync(shop)));
            }

            Report.Duration(analysis.Name + " vs LINQ", options.Scale, Report.Median(alone), double.NaN, note: "no LINQ reference written for this analysis yet");
            return (Report.Median(alone), rows, true);
        }

        var expected = linq.Headline(linq.Compute(data));
        var actual = linq.Headline(answer);
        var agrees = expected == actual;

        // More untimed runs on both sides: the JIT recompiles hot code with optimizations (tiered
        // compilation, on-stack replacement) over the first few runs of a new pipeline shape.
        for (var warm = 0; warm < WarmUpRuns; warm++)
        {
            await analysis.RunUntypedAsync(shop);
            GC.KeepAlive(linq.Compute(data));
        }

        GC.Collect();
        var pipeline = new List<double>();
        var reference = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            // Interleaved, so that a burst of load on the shared machine hits both sides alike.
            var (gen2, paused) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
            pipeline.Add(await Report.TimeAsync(() => analysis.RunUntypedAsync(shop)));
            collected = (collected.Gen2 + GC.CollectionCount(2) - gen2, collected.Paused + GC.GetTotalPauseDuration() - paused, collected.Ms + pipeline[^1]);
            reference.Add(Report.Time(() => GC.KeepAlive(linq.Compute(data))));
        }

        var named = Named.Contains(analysis.Name);
        Report.Duration(
            analysis.Name + " vs LINQ",
            options.Scale,
            Report.Median(pipeline),
            Report.Median(reference),
            named ? "<= 3x (issue 3)" : string.Empty,
            named ? 3.0 : null,
            agrees ? string.Empty : $"MISMATCH: pipeline says {Shorten(actual)}\n  but LINQ says     {Shorten(expected)}");
        return (Report.Median(pipeline), rows, agrees);
    }

    private static void CompareWithMingo(string name, SuiteOptions options, (double Median, int Rows) ours, MingoTiming? mingo)
    {
        var named = Named.Contains(name);
        if (mingo is null || mingo.Error is not null || mingo.Ms.Count == 0)
        {
            Report.Duration(name + " vs mingo", options.Scale, ours.Median, double.NaN, note: $"mingo: n/a ({mingo?.Error ?? "not run"})");
            return;
        }

        var note = mingo.Stopped
            ? $"mingo stopped after {MingoRunner.CapSeconds} s: its time is at least that, the ratio at most this"
            : mingo.Rows != ours.Rows
                ? $"mingo returned {mingo.Rows} documents where the pipeline returns {ours.Rows}"
                : mingo.Ms.Count < options.Runs ? $"mingo timed {mingo.Ms.Count} time(s) (slow runs stop at its time budget)" : string.Empty;
        Report.Duration(name + " vs mingo", options.Scale, ours.Median, Report.Median(mingo.Ms), named ? "< 1x (issue 3)" : string.Empty, named ? 1.0 : null, note);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
