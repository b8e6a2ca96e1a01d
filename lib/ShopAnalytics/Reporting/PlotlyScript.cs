using Plotly.NET;

namespace ShopAnalytics.Reporting;

/// <summary>
/// The plotly.js script element that Plotly.NET writes for <see cref="PlotlyJSReference.Full"/>:
/// plotly.js itself, inline, so that a page opens offline (about 3.6 MB).
/// </summary>
public static class PlotlyScript
{
    private static readonly Lazy<string> Full = new(Extract);

    /// <summary>The head element(s) that load plotly.js inline.</summary>
    public static string HeadElement => Full.Value;

    /// <summary>The options that embed plotly.js in a chart's own HTML page.</summary>
    public static DisplayOptions EmbeddedDisplayOptions { get; } = DisplayOptions.init(null, null, null, null, null, null, PlotlyJSReference.Full);

    private static string Extract()
    {
        var empty = Plotly.NET.CSharp.Chart.Column<int, string, string>(values: [0], Keys: new[] { "-" });
        var html = GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(EmbeddedDisplayOptions, empty));
        var start = html.IndexOf("<head>", StringComparison.Ordinal);
        var end = html.IndexOf("</head>", StringComparison.Ordinal);
        if (start < 0 || end < start || !html.Contains("plotly.js", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Plotly.NET did not produce an inline plotly.js script");
        }

        return html[(start + "<head>".Length)..end];
    }
}
