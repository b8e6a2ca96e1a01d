using System.Globalization;
using System.Net;
using System.Text;
using Plotly.NET;

namespace ShopAnalytics.Reporting;

/// <summary>
/// The self-contained report page: plotly.js inline (so it opens offline), then one section per
/// analysis with its description, chart, table and the MQL pipeline that produced it.
/// </summary>
public static class HtmlReport
{
    /// <summary>Table rows shown per analysis in the page (the CSV files have them all).</summary>
    public const int MaxRows = 50;

    public static string Render(string title, string source, IReadOnlyList<AnalysisOutcome> outcomes, ReportInsights insights, DateTime generatedUtc)
    {
        var html = new StringBuilder(4_000_000);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Encode(title)).Append("</title>")
            .Append("<style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1000px;color:#223}")
            .Append("table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccd;padding:.2rem .5rem;font-size:.9rem}")
            .Append("td.n{text-align:right}th{background:#eef}pre{background:#f6f6fa;padding:.5rem;overflow-x:auto;font-size:.8rem}")
            .Append(".error{color:#a00}section{margin-bottom:2.5rem}")
            .Append("</style>")
            .Append(PlotlyScript.HeadElement)
            .Append("</head><body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n<p>Data: ").Append(Encode(source))
            .Append(". Generated ").Append(generatedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(".</p>\n");
        AppendInsights(html, insights);
        foreach (var outcome in outcomes)
        {
            AppendSection(html, outcome);
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendInsights(StringBuilder html, ReportInsights insights)
    {
        html.Append("<section id=\"key-figures\"><h2>Key figures</h2><table>");
        foreach (var property in typeof(ReportInsights).GetProperties())
        {
            var name = property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name;
            var value = property.GetValue(insights);
            html.Append("<tr><th>").Append(Encode(name.Replace('_', ' '))).Append("</th><td>")
                .Append(Encode(value is null ? "n/a" : ResultTable.Display(name, value))).Append("</td></tr>");
        }

        html.Append("</table></section>\n");
    }

    private static void AppendSection(StringBuilder html, AnalysisOutcome outcome)
    {
        var analysis = outcome.Analysis;
        html.Append("<section id=\"").Append(Encode(analysis.Name)).Append("\"><h2>").Append(Encode(analysis.Title)).Append("</h2>")
            .Append("<p>").Append(Encode(analysis.Description)).Append("</p>\n");
        if (outcome.Error is not null)
        {
            html.Append("<p class=\"error\">This analysis failed on the server: ").Append(Encode(outcome.Error)).Append("</p>");
        }

        if (outcome.Chart is not null)
        {
            html.Append("<div class=\"chart\" data-analysis=\"").Append(Encode(analysis.Name)).Append("\">")
                .Append(GenericChart.toChartHTML(outcome.Chart)).Append("</div>\n");
        }

        if (outcome.Table is { } table)
        {
            AppendTable(html, table);
        }

        html.Append("<details><summary>Pipeline (MQL)</summary><pre>").Append(Encode(analysis.ToMql())).Append("</pre></details></section>\n");
    }

    private static void AppendTable(StringBuilder html, ResultTable table)
    {
        html.Append("<table><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in table.Rows.Take(MaxRows))
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var numeric = row[i] is decimal or double or long or int;
                html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Encode(ResultTable.Display(table.Columns[i], row[i]))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
        if (table.Rows.Count > MaxRows)
        {
            html.Append("<p>").Append(MaxRows).Append(" of ").Append(table.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" rows shown; the CSV file has them all.</p>");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
