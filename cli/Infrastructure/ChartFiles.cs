using Plotly.NET;
using ShopAnalytics.Reporting;

namespace ShopCli.Infrastructure;

/// <summary>Writes one chart to .html (plotly.js embedded), .png or .svg (headless Chromium).</summary>
public static class ChartFiles
{
    public static readonly string[] Extensions = [".html", ".png", ".svg"];

    public static async Task WriteAsync(GenericChart chart, string path, string? browserPath, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (extension == ".html")
        {
            var html = GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(PlotlyScript.EmbeddedDisplayOptions, chart));
            await File.WriteAllTextAsync(full, html, cancellationToken);
            return;
        }

        var browser = FindBrowser(browserPath)
            ?? throw new UserError($"no Chromium-family browser found for a {extension} chart: install chromium, or name one with --browser or {BrowserLocator.EnvironmentVariable} (an .html chart needs none)");
        await using var renderer = await ChartRenderer.StartAsync(browser, cancellationToken);
        if (extension == ".png")
        {
            await File.WriteAllBytesAsync(full, await renderer.RenderPngAsync(chart), cancellationToken);
        }
        else
        {
            await File.WriteAllTextAsync(full, await renderer.RenderSvgAsync(chart), cancellationToken);
        }
    }

    /// <summary>The browser to use, with a named but missing one reported as a user error.</summary>
    public static string? FindBrowser(string? browserPath)
    {
        try
        {
            return BrowserLocator.Find(browserPath);
        }
        catch (FileNotFoundException ex)
        {
            throw new UserError(ex.Message);
        }
    }
}
