namespace Bench.Infrastructure;

/// <summary>What a suite is asked to do: its size (documents or orders, per suite) and how many timed runs to take the median of.</summary>
public sealed record SuiteOptions(int Scale, int Runs);
