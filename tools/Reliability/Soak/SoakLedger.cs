using System.Collections.Concurrent;

namespace Reliability.Soak;

/// <summary>What the soak's clients did and were told; every role writes only its own documents.</summary>
public sealed class SoakLedger
{
    private readonly ConcurrentQueue<string> problems = new();
    private long operations;

    /// <summary>Writer slot -> its live documents (_id -> v) as acknowledged.</summary>
    public ConcurrentDictionary<int, Dictionary<string, int>> Writers { get; } = new();

    /// <summary>Transaction id -> "committed", "aborted" (by the client or the server), or "unknown".</summary>
    public ConcurrentDictionary<string, string> Transactions { get; } = new();

    /// <summary>Transactor slot -> acknowledged counter value (committed increments).</summary>
    public ConcurrentDictionary<int, int> Counters { get; } = new();

    /// <summary>Documents that must never show: written in abandoned transactions or in messages cut in half.</summary>
    public ConcurrentDictionary<string, string> NeverVisible { get; } = new();

    public long Operations => Interlocked.Read(ref operations);

    public long AcknowledgedWrites;
    public long Reads;
    public long ChangeEvents;
    public long AbortedByServer;
    public long ClientsKilledMidTransaction;
    public long WireSessionsAbandoned;
    public long CursorsLeftOpen;
    public long ConnectionsCut;

    public IReadOnlyCollection<string> Problems => problems;

    public void Count() => Interlocked.Increment(ref operations);

    public void Problem(string what) => problems.Enqueue(what);
}
