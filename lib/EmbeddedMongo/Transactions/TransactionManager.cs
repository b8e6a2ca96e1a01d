using EmbeddedMongo.ChangeStreams;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Hosting;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// Open transactions, their snapshots and write conflicts, and commit. Lock order: a
/// transaction's statement lock, then the storage lock, then this manager's lock.
/// </summary>
public sealed class TransactionManager
{
    private readonly object sync = new();
    private readonly List<Transaction> open = new();
    private readonly UndoLog undo = new();
    private readonly ServerState server;
    private long sequence;
    private long totalStarted;
    private long totalCommitted;
    private long totalAborted;
    private Transaction? applying;

    public TransactionManager(ServerState server)
    {
        this.server = server;
        Lifetime = TimeSpan.FromSeconds(server.Options.TransactionLifetimeLimitSeconds);
    }

    public StorageEngine Engine => server.Storage;

    /// <summary>transactionLifetimeLimitSeconds: open transactions older than this are aborted.</summary>
    public TimeSpan Lifetime { get; set; }

    public int OpenCount
    {
        get
        {
            lock (sync)
            {
                return open.Count;
            }
        }
    }

    /// <summary>Transactions started, committed and aborted since the server started (serverStatus.transactions).</summary>
    public (long Started, long Committed, long Aborted) Totals
    {
        get
        {
            lock (sync)
            {
                return (totalStarted, totalCommitted, totalAborted);
            }
        }
    }

    /// <summary>True while a commit applies its write set (its change events are published by the commit).</summary>
    internal bool Applying => applying is not null;

    /// <summary>Called for every committed document write (under the storage write lock).</summary>
    internal void RecordWrite(string ns, BsonDocument? before, BsonDocument? after)
    {
        lock (sync)
        {
            sequence++;
            if (open.Count > 0)
            {
                undo.Record(sequence, ns, before, after);
            }
        }
    }

    internal Transaction Begin(ServerSession session, long number)
    {
        var transaction = new Transaction(this, session, number);
        Engine.ReadDirect(() =>
        {
            lock (sync)
            {
                transaction.Snapshot = sequence;
                open.Add(transaction);
                totalStarted++;
            }

            return 0;
        });
        return transaction;
    }

    /// <summary>A private copy of a collection as of <paramref name="snapshot"/>, or null when it did not exist.</summary>
    internal CollectionStore? MaterializeSnapshot(string database, string collection, long snapshot) => Engine.ReadDirect(() =>
    {
        var real = Engine.FindCollectionDirect(database, collection);
        if (real is null)
        {
            return null;
        }

        List<(BsonDocument? Before, BsonDocument? After)> later;
        lock (sync)
        {
            later = undo.WritesAfter(real.Namespace, snapshot);
        }

        var copy = real.Clone();
        foreach (var (before, after) in later)
        {
            if (after is not null && copy.FindById(DocumentKey.IdOf(after)) is { } recordId)
            {
                copy.Delete(recordId);
            }

            if (before is not null)
            {
                copy.Insert(before);
            }
        }

        return copy;
    });

    /// <summary>Claims a document for a transaction's write; WriteConflict (and abort) when another got there first.</summary>
    internal void Claim(Transaction transaction, string documentKey)
    {
        lock (sync)
        {
            transaction.EnsureInProgress();
            if (transaction.WriteKeys.Contains(documentKey))
            {
                return;
            }

            if (undo.LastWrite(documentKey) > transaction.Snapshot || open.Any(t => t != transaction && t.WriteKeys.Contains(documentKey)))
            {
                AbortLocked(transaction);
                throw Errors.WriteConflict();
            }

            transaction.WriteKeys.Add(documentKey);
        }
    }

    public void Abort(Transaction transaction)
    {
        lock (sync)
        {
            if (transaction.State == TransactionState.InProgress)
            {
                AbortLocked(transaction);
            }
        }

        // Outside the manager's lock: releasing waits for a running statement (lock order).
        transaction.ReleaseWorkingSet();
    }

    /// <summary>Aborts open transactions that outlived transactionLifetimeLimitSeconds.</summary>
    public void ExpireOld()
    {
        var limit = DateTime.UtcNow - Lifetime;
        List<Transaction> expired;
        lock (sync)
        {
            expired = open.Where(t => t.StartedUtc < limit).ToList();
            expired.ForEach(AbortLocked);
        }

        expired.ForEach(t => t.ReleaseWorkingSet());
    }

    /// <summary>Applies the write set atomically; WriteConflict (and abort) if a document changed since the snapshot.</summary>
    public void Commit(Transaction transaction)
    {
        try
        {
            CommitUnderLocks(transaction);
        }
        finally
        {
            transaction.ReleaseWorkingSet();
        }
    }

    private void CommitUnderLocks(Transaction transaction) => Engine.WriteDirect(() =>
    {
        lock (sync)
        {
            if (transaction.State == TransactionState.Committed)
            {
                return 0;
            }

            transaction.EnsureInProgress();
            if (transaction.WriteKeys.Any(k => undo.LastWrite(k) > transaction.Snapshot))
            {
                AbortLocked(transaction);
                throw Errors.WriteConflict();
            }

            applying = transaction;
            try
            {
                new CommitApplier(Engine, transaction).Apply();
            }
            catch (MongoServerException)
            {
                // A unique key taken by a concurrent commit: the same conflict, found late.
                AbortLocked(transaction);
                throw Errors.WriteConflict();
            }
            finally
            {
                applying = null;
            }

            if (transaction.Operations.Count > 0)
            {
                server.ChangeEvents.Append(ChangeEntries.ForTransaction(transaction, server.Clock.Tick()));
            }

            transaction.State = TransactionState.Committed;
            totalCommitted++;
            open.Remove(transaction);
            undo.Trim(OldestSnapshot());
            return 0;
        }
    });

    private void AbortLocked(Transaction transaction)
    {
        transaction.State = TransactionState.Aborted;
        totalAborted++;
        open.Remove(transaction);
        undo.Trim(OldestSnapshot());
    }

    private long? OldestSnapshot() => open.Count == 0 ? null : open.Min(t => t.Snapshot);
}
