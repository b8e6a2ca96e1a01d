namespace ShopAnalytics.Reporting;

/// <summary>What a report run produced: the files, each analysis's outcome, the key figures, and any note about images.</summary>
public sealed record ReportSummary(
    string OutputDirectory,
    IReadOnlyList<string> Files,
    IReadOnlyList<AnalysisOutcome> Outcomes,
    ReportInsights Insights,
    int Images,
    string? ImageNote,
    TimeSpan Elapsed);
