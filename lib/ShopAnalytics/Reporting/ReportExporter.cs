using System.Diagnostics;
using System.Text.Json;
using ShopAnalytics.Analytics;

namespace ShopAnalytics.Reporting;

/// <summary>
/// Runs every analysis of <see cref="AnalysisRegistry"/> and writes the report folder:
/// report.html (self-contained), one PNG and one SVG per chart, one CSV per table, insights.json.
/// Without a browser the images are skipped with a note; everything else is still written.
/// </summary>
public static class ReportExporter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<ReportSummary> ExportAsync(
        ShopDatabase shop,
        ReportOptions? options = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        options ??= new ReportOptions();
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateDirectory(options.OutputDirectory).FullName;
        var files = new List<string>();

        var outcomes = new List<AnalysisOutcome>();
        foreach (var analysis in AnalysisRegistry.All)
        {
            progress?.Report($"analysis {analysis.Name}");
            outcomes.Add(await AnalysisOutcome.RunAsync(shop, analysis, cancellationToken));
        }

        var insights = ReportInsights.From(outcomes);
        progress?.Report("writing report.html, CSV and insights.json");
        var html = HtmlReport.Render("ShopAnalytics report", shop.Description, outcomes, insights, DateTime.UtcNow);
        files.Add(await WriteTextAsync(folder, "report.html", html, cancellationToken));
        foreach (var outcome in outcomes.Where(o => o.Table is not null))
        {
            var path = Path.Combine(folder, outcome.Analysis.Name + ".csv");
            await CsvExport.WriteFileAsync(outcome.Table!, path, cancellationToken);
            files.Add(path);
        }

        files.Add(await WriteTextAsync(folder, "insights.json", JsonSerializer.Serialize(insights, Json), cancellationToken));

        var (images, note) = options.Images
            ? await WriteImagesAsync(folder, outcomes, options.BrowserPath, files, progress, cancellationToken)
            : (0, "images not requested");
        return new ReportSummary(folder, files, outcomes, insights, images, note, clock.Elapsed);
    }

    private static async Task<(int Images, string? Note)> WriteImagesAsync(
        string folder,
        IReadOnlyList<AnalysisOutcome> outcomes,
        string? browserPath,
        List<string> files,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var browser = BrowserLocator.Find(browserPath);
        if (browser is null)
        {
            return (0, $"no Chromium-family browser found (install chromium, or name one with --browser or {BrowserLocator.EnvironmentVariable}): PNG/SVG images skipped, report.html written");
        }

        progress?.Report($"rendering images with {browser}");
        var count = 0;
        await using var renderer = await ChartRenderer.StartAsync(browser, cancellationToken);
        foreach (var outcome in outcomes.Where(o => o.Chart is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var png = Path.Combine(folder, outcome.Analysis.Name + ".png");
            await File.WriteAllBytesAsync(png, await renderer.RenderPngAsync(outcome.Chart!), cancellationToken);
            files.Add(png);
            files.Add(await WriteTextAsync(folder, outcome.Analysis.Name + ".svg", await renderer.RenderSvgAsync(outcome.Chart!), cancellationToken));
            count += 2;
        }

        return (count, null);
    }

    private static async Task<string> WriteTextAsync(string folder, string name, string text, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), cancellationToken);
        return path;
    }
}
