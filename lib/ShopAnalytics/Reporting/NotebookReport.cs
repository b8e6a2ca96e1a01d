using System.Runtime.Loader;
using System.Text.Json;

namespace ShopAnalytics.Reporting;

/// <summary>What a report export produced, as a notebook shows it.</summary>
/// <param name="Folder">Where the files are.</param>
/// <param name="Files">The files written (report.html, PNG/SVG per chart, CSV per table, insights.json).</param>
/// <param name="Insights">The key figures (insights.json).</param>
/// <param name="ImageNote">Why no PNG/SVG were written, when they were not (no browser found).</param>
public sealed record NotebookReportResult(string Folder, IReadOnlyList<string> Files, ReportInsights Insights, string? ImageNote);

/// <summary>
/// Exports the full report (the same as <c>shop report</c>) from a notebook. In a notebook kernel the
/// export runs in the chart load context (see <see cref="NotebookChart"/>), connected to the same
/// database; only the summary crosses back, as JSON.
/// </summary>
public static class NotebookReport
{
    public static async Task<NotebookReportResult> ExportAsync(ShopDatabase shop, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var own = AssemblyLoadContext.GetLoadContext(typeof(NotebookReport).Assembly);
        var json = own is null || own == AssemblyLoadContext.Default
            ? await ExportJsonAsync(shop, folder, cancellationToken)
            : await IsolatedCharts.ExportAsync(shop.ConnectionString, shop.Database.DatabaseNamespace.DatabaseName, Path.GetFullPath(folder));
        return JsonSerializer.Deserialize<NotebookReportResult>(json)!;
    }

    /// <summary>Entry point inside the chart context: connects to the same database and exports.</summary>
    public static async Task<string> ExportFromConnectionAsync(string connectionString, string database, string folder)
    {
        await using var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { ConnectionString = connectionString, DatabaseName = database });
        return await ExportJsonAsync(shop, folder, CancellationToken.None);
    }

    private static async Task<string> ExportJsonAsync(ShopDatabase shop, string folder, CancellationToken cancellationToken)
    {
        var summary = await ReportExporter.ExportAsync(shop, new ReportOptions { OutputDirectory = folder }, cancellationToken: cancellationToken);
        return JsonSerializer.Serialize(new NotebookReportResult(summary.OutputDirectory, summary.Files, summary.Insights, summary.ImageNote));
    }
}
