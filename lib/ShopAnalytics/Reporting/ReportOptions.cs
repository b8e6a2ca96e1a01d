namespace ShopAnalytics.Reporting;

/// <summary>Where and how <see cref="ReportExporter"/> writes the report.</summary>
public sealed record ReportOptions
{
    /// <summary>The output folder (created if missing; default "report").</summary>
    public string OutputDirectory { get; init; } = "report";

    /// <summary>The browser for PNG/SVG images; null: SHOP_BROWSER, then the usual install locations.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Whether to render PNG and SVG images at all (default true).</summary>
    public bool Images { get; init; } = true;
}
