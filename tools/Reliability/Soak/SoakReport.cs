namespace Reliability.Soak;

/// <summary>What the soak did and found. Problems must be empty; the leftovers zero; memory within its allowance.</summary>
public sealed record SoakReport
{
    public int Clients { get; init; }

    public TimeSpan Duration { get; init; }

    public long Operations { get; init; }

    public long AcknowledgedWrites { get; init; }

    public long Reads { get; init; }

    public long ChangeEvents { get; init; }

    public long TransactionsCommitted { get; init; }

    public long TransactionsAborted { get; init; }

    public long AbortedByServer { get; init; }

    public long ClientsKilledMidTransaction { get; init; }

    public long WireSessionsAbandoned { get; init; }

    public long CursorsLeftOpen { get; init; }

    public long ConnectionsCut { get; init; }

    public long HealthyAnswers { get; init; }

    public long HealthyFailures { get; init; }

    public TimeSpan SlowestHealthyAnswer { get; init; }

    /// <summary>Acknowledged writes missing, plus writes that should never have shown and did.</summary>
    public long WritesLost { get; init; }

    public long WritesThatShouldNotExist { get; init; }

    public int OpenTransactionsAfter { get; init; }

    public int OpenCursorsAfter { get; init; }

    public int SessionsAfter { get; init; }

    public int ConnectionsAfter { get; init; }

    public TimeSpan CleanupTime { get; init; }

    public long MemoryBaselineBytes { get; init; }

    public long MemoryAfterBytes { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
}
