using System.Collections.Concurrent;

namespace Reliability.Crash;

/// <summary>
/// What the crash load's clients were told: every acknowledged insert (and how durable it asked
/// to be), every acknowledged counter increment, every transaction committed, and every
/// operation whose outcome the kill left unknown (sent, never answered).
/// </summary>
public sealed class CrashLedger
{
    public const string W1 = "w:1";
    public const string Journaled = "j:true";

    private readonly long[] ackedIncrements;
    private readonly long[] unknownIncrements;
    private long operations;
    private long unknown;

    public CrashLedger(int clients)
    {
        ackedIncrements = new long[clients];
        unknownIncrements = new long[clients];
    }

    /// <summary>Inserted _id -> the write concern it was acknowledged with.</summary>
    public ConcurrentDictionary<string, string> AckedInserts { get; } = new();

    /// <summary>Every _id ever sent (acknowledged or not), to catch documents that come from nowhere.</summary>
    public ConcurrentDictionary<string, byte> Attempted { get; } = new();

    /// <summary>Transaction id -> true when its commit was acknowledged, false when the kill left it unknown.</summary>
    public ConcurrentDictionary<string, bool> Transactions { get; } = new();

    public long Operations => Interlocked.Read(ref operations);

    public long Unknown => Interlocked.Read(ref unknown);

    public long AckedIncrements(int client) => Interlocked.Read(ref ackedIncrements[client]);

    public long UnknownIncrements(int client) => Interlocked.Read(ref unknownIncrements[client]);

    public long TotalAckedIncrements => Enumerable.Range(0, ackedIncrements.Length).Sum(AckedIncrements);

    public void Sent() => Interlocked.Increment(ref operations);

    public void Attempt(string id) => Attempted[id] = 0;

    public void Inserted(string id, string writeConcern) => AckedInserts[id] = writeConcern;

    public void Incremented(int client) => Interlocked.Increment(ref ackedIncrements[client]);

    public void IncrementUnknown(int client)
    {
        Interlocked.Increment(ref unknownIncrements[client]);
        Interlocked.Increment(ref unknown);
    }

    public void OutcomeUnknown() => Interlocked.Increment(ref unknown);
}
