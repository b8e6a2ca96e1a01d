namespace Bench.Analytics;

/// <summary>
/// What mingo did with one pipeline: its run times (ms) and result size, or why it could not run it.
/// <see cref="Stopped"/>: it was stopped at the cap, and its one time is the cap (a lower bound).
/// </summary>
public sealed record MingoTiming(string Name, IReadOnlyList<double> Ms, int Rows, string? Error, bool Stopped);

/// <summary>The mingo side of a run: per pipeline timings, or the reason the whole side was skipped.</summary>
public sealed record MingoOutcome(string? Skipped, string Versions, double LoadMs, IReadOnlyDictionary<string, MingoTiming> Timings)
{
    public static MingoOutcome Skip(string why) => new(why, string.Empty, 0, new Dictionary<string, MingoTiming>());
}
