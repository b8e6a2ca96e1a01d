using System.Globalization;
using Bench.Infrastructure;
using EmbeddedMongo.Hosting;
using ShopAnalytics;
using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Suites;

/// <summary>
/// `shop report` end to end on an empty data folder (scale = the orders it generates; the CLI's default
/// is 20,000): a new process, seeding, every analysis, charts, PNG/SVG images, HTML, CSV. Reference: the
/// database work inside it, done in this process on the same kind of server (a data folder on disk):
/// generating and seeding the same shop, then running every analysis once. The ratio is what the rest
/// of the report (process start, charts, images, files) costs on top.
/// </summary>
public static class ReportBench
{
    public static async Task RunAsync(SuiteOptions options)
    {
        if (!File.Exists(RepoPaths.ShopDll))
        {
            Report.Info($"report: skipped ({RepoPaths.ShopDll} is missing: build the bench project in Release, which builds the CLI)");
            return;
        }

        var ours = new List<double>();
        var reference = new List<double>();
        var summary = string.Empty;
        for (var run = 0; run < options.Runs; run++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "shop-bench-report-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(folder);
                ours.Add(await Report.TimeAsync(async () => summary = await RunReportAsync(folder, options.Scale)));
                reference.Add(await Report.TimeAsync(() => DatabaseWorkAsync(Path.Combine(folder, "reference"), options.Scale)));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Report.Duration("shop report (vs its database work)", options.Scale, Report.Median(ours), Report.Median(reference));
        Report.Info(summary);
    }

    /// <summary>Runs the built CLI; returns its last line ("report written to ... in N s"). Throws when it fails.</summary>
    private static async Task<string> RunReportAsync(string folder, int orders)
    {
        var result = await ExternalProcess.RunAsync(
            "dotnet",
            [RepoPaths.ShopDll, "report", "--out", Path.Combine(folder, "report"), "--dbpath", Path.Combine(folder, "data"), "--orders", orders.ToString(CultureInfo.InvariantCulture)],
            workingDirectory: folder,
            timeout: TimeSpan.FromMinutes(10),
            unsetVariables: [ShopConnectionOptions.EnvironmentVariable]);
        if (result is not { ExitCode: 0 } ok)
        {
            throw new InvalidOperationException($"shop report failed (exit {result?.ExitCode}): {result?.Error.Trim()}");
        }

        if (!File.Exists(Path.Combine(folder, "report", "report.html")))
        {
            throw new InvalidOperationException("shop report exited 0 but wrote no report.html");
        }

        return ok.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith("report written", StringComparison.Ordinal)) ?? string.Empty;
    }

    private static async Task DatabaseWorkAsync(string dataFolder, int orders)
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { DataDirectory = dataFolder });
        await using var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { ConnectionString = server.ConnectionString, UseEnvironment = false });
        await Report.GuardAsync(async () =>
        {
            var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = orders });
            await ShopSeeder.SeedAsync(shop, data, new SeedOptions { BypassValidation = true });
            foreach (var analysis in AnalysisRegistry.All)
            {
                await analysis.RunUntypedAsync(shop);
            }
        });
    }
}
