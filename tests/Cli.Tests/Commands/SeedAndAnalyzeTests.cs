using System.Text.Json;
using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

/// <summary>
/// `seed` then `analyze` as separate processes on the default embedded server: the second sees
/// the first one's data because the embedded server keeps it in .shopdata/ (or on MONGODB_URI).
/// </summary>
public sealed class SeedAndAnalyzeTests
{
    private static readonly Dictionary<string, string?> Embedded = new() { ["MONGODB_URI"] = Environment.GetEnvironmentVariable("MONGODB_URI") };

    [Fact]
    public async Task Seed_then_analyze_in_separate_processes_see_the_same_data()
    {
        using var folder = new TempFolder();
        var database = "cli_seed_" + Guid.NewGuid().ToString("N")[..8];
        var seed = await Run(folder, "seed", "--dataset", "generated", "--orders", "300", "--seed", "7", "--database", database);
        Assert.True(seed.ExitCode == 0, seed.ToString());
        Assert.Contains("300 orders", seed.Stdout);

        var analyze = await Run(folder, "analyze", "total-revenue", "--format", "json", "--database", database);
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        using var json = JsonDocument.Parse(analyze.Stdout);
        var row = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.True(row.GetProperty("revenue").GetDecimal() > 0);
        Assert.InRange(row.GetProperty("orders").GetInt64(), 1, 300);

        var again = await Run(folder, "seed", "--orders", "300", "--database", database);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--drop", again.Stderr);

        var replaced = await Run(folder, "seed", "--dataset", "tutorial", "--drop", "--database", database);
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
    }

    [Fact]
    public async Task Analyze_prints_csv_the_pipeline_and_writes_an_html_chart()
    {
        using var folder = new TempFolder();
        var database = "cli_analyze_" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await Run(folder, "seed", "--dataset", "tutorial", "--database", database)).ExitCode);

        var chart = folder.Combine("charts", "status.html");
        var result = await Run(folder, "analyze", "order-status", "--format", "csv", "--show-pipeline", "--chart", chart, "--database", database);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("db.orders.aggregate(", result.Stdout);
        Assert.Contains("status,orders,share", result.Stdout);
        var html = File.ReadAllText(chart);
        Assert.Contains("plotly.js v", html);
        Assert.Contains("\"type\":\"pie\"", html);
    }

    [Fact]
    public async Task Analyze_list_names_every_question()
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, "analyze", "--list");
        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "total-revenue", "revenue-by-category", "monthly-revenue", "revenue-concentration", "order-status" })
        {
            Assert.Contains(name, result.Stdout);
        }
    }

    private static Task<ShopResult> Run(TempFolder folder, params string[] args) =>
        ShopProcess.RunAsync(folder.Path, Embedded, TimeSpan.FromMinutes(3), args);
}
