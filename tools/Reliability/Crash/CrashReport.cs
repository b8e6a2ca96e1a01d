namespace Reliability.Crash;

/// <summary>What the crash scenario did and found. Every "Lost" count must be zero, and Problems empty.</summary>
public sealed record CrashReport
{
    public int Cycles { get; init; }

    public int Clients { get; init; }

    public TimeSpan LoadTime { get; init; }

    public long Operations { get; init; }

    public long AckedW1Inserts { get; init; }

    public long AckedJournaledInserts { get; init; }

    public long AckedIncrements { get; init; }

    public long CommittedTransactions { get; init; }

    /// <summary>Operations in flight at a kill (sent, never answered): either outcome is correct, half of a transaction is not.</summary>
    public long UnknownOutcomes { get; init; }

    /// <summary>Restarts that found (and dropped) a torn journal tail.</summary>
    public int TornTailsDropped { get; init; }

    public long LostW1Inserts { get; init; }

    public long LostJournaledInserts { get; init; }

    public long LostIncrements { get; init; }

    public long LostTransactions { get; init; }

    public long PartialTransactions { get; init; }

    public long LostWrites => LostW1Inserts + LostJournaledInserts + LostIncrements + LostTransactions + PartialTransactions;

    public IReadOnlyList<string> Problems { get; init; } = [];
}
