using System.Text.Json;
using Bench.Infrastructure;
using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>
/// Runs the same pipelines on the same data under mingo 7 (npm) in Node: installs mingo into
/// bench/mingo/node_modules when missing, exports the data as Extended JSON to a temporary folder,
/// runs bench/mingo/run.mjs, and reads its timings back. Skips with a reason when Node or npm is missing.
/// </summary>
public static class MingoRunner
{
    /// <summary>Timed runs of one pipeline stop once they would pass this many seconds (a slow pipeline's first run is its figure).</summary>
    private const int BudgetSeconds = 10;

    /// <summary>One pipeline still running after this many seconds is stopped (mingo's $setWindowFields can be quadratic).</summary>
    public const int CapSeconds = 30;

    public static async Task<MingoOutcome> RunAsync(ShopDataset data, IReadOnlyList<IAnalysis> analyses, int runs)
    {
        if (await ExternalProcess.RunAsync("node", ["--version"], timeout: TimeSpan.FromSeconds(30)) is not { ExitCode: 0 })
        {
            return MingoOutcome.Skip("node not found on PATH: install Node.js 20+ to compare with mingo");
        }

        if (await EnsureInstalledAsync() is { } problem)
        {
            return MingoOutcome.Skip(problem);
        }

        var folder = Path.Combine(Path.GetTempPath(), "shop-bench-mingo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var export = Report.Time(() =>
            {
                ExtendedJsonExport.WriteData(data, folder);
                ExtendedJsonExport.WritePipelines(analyses, Path.Combine(folder, "pipelines.json"));
            });
            Report.Info($"mingo: data exported as Extended JSON in {export / 1000:0.0} s");
            var result = await ExternalProcess.RunAsync(
                "node",
                ["--max-old-space-size=12288", Path.Combine(RepoPaths.Mingo, "run.mjs"), folder, Path.Combine(folder, "pipelines.json"), Text(runs), Text(BudgetSeconds), Text(CapSeconds)],
                RepoPaths.Mingo,
                TimeSpan.FromMinutes(30));
            return result is { ExitCode: 0 } ok
                ? Parse(ok.Output)
                : MingoOutcome.Skip($"node run.mjs failed (exit {result?.ExitCode}): {FirstLine(result?.Error)}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>npm install in bench/mingo (mingo pinned by its package.json and package-lock.json) unless already there; null when ready.</summary>
    private static async Task<string?> EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(RepoPaths.Mingo, "node_modules", "mingo", "package.json")))
        {
            return null;
        }

        Report.Info("mingo: installing from npm into bench/mingo/node_modules");
        var install = await ExternalProcess.RunAsync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], RepoPaths.Mingo, TimeSpan.FromMinutes(5));
        return install switch
        {
            null => "npm not found on PATH: cannot install mingo",
            { ExitCode: not 0 } failed => $"npm install mingo failed (exit {failed.ExitCode}): {FirstLine(failed.Error)}",
            _ => null,
        };
    }

    private static MingoOutcome Parse(string output)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var timings = new Dictionary<string, MingoTiming>(StringComparer.Ordinal);
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var name = result.GetProperty("name").GetString()!;
            var ms = result.GetProperty("ms").EnumerateArray().Select(m => m.GetDouble()).ToList();
            var error = result.GetProperty("error").ValueKind == JsonValueKind.String ? result.GetProperty("error").GetString() : null;
            var stopped = result.TryGetProperty("stopped", out var flag) && flag.ValueKind == JsonValueKind.True;
            timings[name] = new MingoTiming(name, ms, result.GetProperty("rows").GetInt32(), error, stopped);
        }

        var versions = $"mingo {root.GetProperty("mingo").GetString()} on Node {root.GetProperty("node").GetString()}";
        return new MingoOutcome(null, versions, root.GetProperty("loadMs").GetDouble(), timings);
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstLine(string? text) => text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
}
