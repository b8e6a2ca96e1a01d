using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

public enum TransactionState
{
    InProgress,
    Committed,
    Aborted,
}

/// <summary>
/// One multi-document transaction. Its statements read and write private copies of the
/// collections they touch, built from the snapshot taken at the first statement; every document
/// write is claimed against other transactions (first writer wins) and kept in a write set that
/// commit applies to the shared storage at once.
/// </summary>
public sealed class Transaction : IStorageOverlay, IStorageObserver
{
    private readonly TransactionManager manager;
    private readonly Lock statementGate = new();
    private readonly Dictionary<string, CollectionStore?> views = new(StringComparer.Ordinal);

    internal Transaction(TransactionManager manager, ServerSession session, long number)
    {
        this.manager = manager;
        Session = session;
        Number = number;
    }

    public ServerSession Session { get; }

    public long Number { get; }

    public TransactionState State { get; internal set; }

    /// <summary>The position in the committed write sequence this transaction reads as of.</summary>
    public long Snapshot { get; internal set; }

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    /// <summary>Why the transaction was aborted behind a statement's back (a write conflict, expiry).</summary>
    public MongoServerException? Failure { get; internal set; }

    /// <summary>Documents claimed for writing (guarded by the manager's lock).</summary>
    internal HashSet<string> WriteKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The net change per document, in first-write order.</summary>
    internal OrderedDictionary<string, PendingWrite> Writes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every write as made, for the change events published at commit.</summary>
    internal List<PendingWrite> Operations { get; } = new();

    /// <summary>Collections this transaction created (explicitly or by inserting into them).</summary>
    internal List<CollectionStore> Created { get; } = new();

    public StorageEngine Engine => manager.Engine;

    public T Read<T>(Func<T> action) => Write(action);

    public T Write<T>(Func<T> action)
    {
        lock (statementGate)
        {
            EnsureInProgress();
            return action();
        }
    }

    public CollectionStore? FindCollection(string database, string collection)
    {
        var ns = database + "." + collection;
        if (views.TryGetValue(ns, out var view))
        {
            return view;
        }

        view = manager.MaterializeSnapshot(database, collection, Snapshot);
        if (view is not null)
        {
            view.Observer = this;
        }

        views[ns] = view;
        return view;
    }

    public CollectionStore GetOrCreateCollection(string database, string collection)
        => FindCollection(database, collection) ?? CreatePrivate(database, collection, new BsonDocument());

    public CollectionStore CreateCollection(string database, string collection, BsonDocument options)
    {
        if (FindCollection(database, collection) is not null || Engine.ReadDirect(() => Engine.FindCollectionDirect(database, collection)) is not null)
        {
            throw Errors.NamespaceExists($"Collection {database}.{collection} already exists.");
        }

        return CreatePrivate(database, collection, options);
    }

    public void DocumentInserted(CollectionStore collection, BsonDocument document) => OnWrite(collection, null, document, false);

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after) => OnWrite(collection, before, after, false);

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after, bool replacement)
        => OnWrite(collection, before, after, replacement);

    public void DocumentDeleted(CollectionStore collection, BsonDocument before) => OnWrite(collection, before, null, false);

    // Catalog changes of a private copy (its indexes, options) are carried by the copy itself to commit.
    void IStorageObserver.CollectionCreated(CollectionStore collection)
    {
    }

    void IStorageObserver.CollectionDropped(string database, string collection)
    {
    }

    void IStorageObserver.DatabaseDropped(string database)
    {
    }

    void IStorageObserver.CollectionRenamed(string fromDatabase, string fromCollection, string toDatabase, string toCollection)
    {
    }

    void IStorageObserver.OptionsChanged(CollectionStore collection)
    {
    }

    void IStorageObserver.IndexCreated(CollectionStore collection, IndexStore index)
    {
    }

    void IStorageObserver.IndexDropped(CollectionStore collection, string indexName)
    {
    }

    void IStorageObserver.GroupCommitted(bool durable)
    {
    }

    /// <summary>Every document write of a private copy: claim it (or fail with WriteConflict) and record it.</summary>
    private void OnWrite(CollectionStore collection, BsonDocument? before, BsonDocument? after, bool replacement)
    {
        var id = DocumentKey.IdOf((after ?? before)!);
        var key = DocumentKey.Of(collection.Namespace, id);
        try
        {
            manager.Claim(this, key);
        }
        catch (MongoServerException ex)
        {
            Failure ??= ex;
            throw;
        }

        var write = new PendingWrite(collection, id, before, after, replacement);
        Operations.Add(write);
        Writes[key] = Writes.TryGetValue(key, out var first) ? write with { Before = first.Before } : write;
    }

    /// <summary>
    /// Lets go of a finished transaction's private copies and write set: its session keeps it (to
    /// answer a retried commit) as long as the session lives, and needs only its outcome.
    /// </summary>
    internal void ReleaseWorkingSet()
    {
        lock (statementGate)
        {
            if (State == TransactionState.InProgress)
            {
                return;
            }

            views.Clear();
            Writes.Clear();
            Operations.Clear();
            Created.Clear();
        }
    }

    internal void EnsureInProgress()
    {
        if (State != TransactionState.InProgress)
        {
            throw Errors.NoSuchTransaction(Number);
        }
    }

    private CollectionStore CreatePrivate(string database, string collection, BsonDocument options)
    {
        NamespaceRules.CheckCollectionName(database, collection);
        var store = new CollectionStore(database, collection, options) { Observer = this };
        views[database + "." + collection] = store;
        Created.Add(store);
        return store;
    }
}

/// <summary>A document write of a transaction: the private collection, the _id, before and after.</summary>
internal sealed record PendingWrite(CollectionStore Collection, BsonValue Id, BsonDocument? Before, BsonDocument? After, bool Replacement);
