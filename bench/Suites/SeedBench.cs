using Bench.Infrastructure;
using MongoDB.Bson;
using ShopAnalytics;
using ShopAnalytics.Data;

namespace Bench.Suites;

/// <summary>
/// Generating and loading a shop of N orders end to end (generator, validators, unordered InsertMany
/// batches through the driver, index builds) into a fresh embedded server, against the least any loader
/// must do: generating the same data and serializing every document to BSON once.
/// </summary>
public static class SeedBench
{
    /// <summary>Issue 8 / 3: the 1M-order dataset seeds in at most a minute (scaled linearly for other sizes).</summary>
    private const double GoalMsPerMillionOrders = 60_000;

    public static async Task RunAsync(SuiteOptions options)
    {
        var ours = new List<double>();
        var reference = new List<double>();
        var generateOnly = new List<double>();
        long documents = 0;
        var phases = new SeedPhases();
        var seeding = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        for (var run = 0; run < options.Runs; run++)
        {
            GC.Collect();
            await using (var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { UseEnvironment = false, DatabaseName = "bench" }))
            {
                var cpuBefore = Report.Cpu();
                ours.Add(await Report.TimeAsync(() => Report.GuardAsync(async () =>
                {
                    var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = options.Scale });
                    documents = (long)data.Customers.Count + data.Products.Count + data.Orders.Count + data.OrderItems.Count;
                    phases = new SeedPhases();
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    await ShopSeeder.SeedAsync(shop, data, new SeedOptions { BypassValidation = true }, phases);
                    seeding = clock.Elapsed;
                })));
                cpu = Report.Cpu() - cpuBefore;
            }

            GC.Collect();
            ShopDataset generated = null!;
            var generate = Report.Time(() => generated = ShopDataGenerator.Generate(new GeneratorOptions { Orders = options.Scale }));
            generateOnly.Add(generate);
            reference.Add(generate + Report.Time(() => Serialize(generated)));
        }

        var median = Report.Median(ours);
        var goal = GoalMsPerMillionOrders * options.Scale / 1_000_000;
        Report.Add(new Figure(
            Report.Suite,
            "seed: generate + insert + indexes",
            options.Scale,
            median,
            Report.Median(reference),
            "ms",
            median / Report.Median(reference),
            options.Scale == 1_000_000 ? "<= 60 s" : $"<= {goal / 1000:0.#} s (60 s per 1M)",
            median <= goal));
        var insertMs = median - Report.Median(generateOnly);
        Report.Info($"{documents:N0} documents; generation alone {Report.Median(generateOnly) / 1000:0.0} s, so loading took about {insertMs / 1000:0.0} s ({documents / (insertMs / 1000):N0} docs/s)");
        Report.Info($"last run used {cpu.TotalSeconds:0.0} s of CPU in {ours[^1] / 1000:0.0} s ({Environment.ProcessorCount} cores: a quiet machine offers up to {Environment.ProcessorCount * ours[^1] / 1000:0} s)");
        Report.Info("seeding: " + phases.Describe(seeding));
    }

    private static void Serialize(ShopDataset data)
    {
        long bytes = 0;
        bytes += data.Customers.Sum(d => (long)d.ToBson().Length);
        bytes += data.Products.Sum(d => (long)d.ToBson().Length);
        bytes += data.Orders.Sum(d => (long)d.ToBson().Length);
        bytes += data.OrderItems.Sum(d => (long)d.ToBson().Length);
        GC.KeepAlive(bytes);
    }
}
