using Plotly.NET;
using ShopAnalytics.Analytics;

namespace ShopAnalytics.Reporting;

/// <summary>One analysis as the report ran it: its result, table and chart, or the error the server gave.</summary>
public sealed record AnalysisOutcome(IAnalysis Analysis, object? Result, ResultTable? Table, GenericChart? Chart, string? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Error is null;

    /// <summary>Runs one analysis; a server error becomes <see cref="Error"/> so the rest of the report still runs.</summary>
    public static async Task<AnalysisOutcome> RunAsync(ShopDatabase shop, IAnalysis analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(analysis);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await analysis.RunUntypedAsync(shop, cancellationToken);
            return new AnalysisOutcome(analysis, result, ResultTable.From(result), ChartFactory.For(analysis, result), null, clock.Elapsed);
        }
        catch (MongoDB.Driver.MongoCommandException ex)
        {
            return new AnalysisOutcome(analysis, null, null, null, $"{ex.CodeName} ({ex.Code}): {ex.ErrorMessage}", clock.Elapsed);
        }
    }
}
