using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Every database of one server, guarded by one reader-writer lock: commands that only read
/// take it shared, commands that write take it exclusively, so each command is atomic.
/// </summary>
public sealed class StorageEngine : IDisposable
{
    private readonly Dictionary<string, DatabaseStore> databases = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.SupportsRecursion);
    private static readonly AsyncLocal<bool> DurableScope = new();
    private static readonly AsyncLocal<IStorageOverlay?> CurrentOverlay = new();
    private IStorageObserver? observer;

    /// <summary>
    /// Set by the command dispatcher when a command's write concern asks for the journal
    /// (j: true or w: "majority"): the group commit then waits for the disk.
    /// </summary>
    public static bool DurableRequested
    {
        get => DurableScope.Value;
        set => DurableScope.Value = value;
    }

    /// <summary>Told of every change, in order (the journal). Set before the server serves clients.</summary>
    public IStorageObserver? Observer
    {
        get => observer;
        set
        {
            observer = value;
            foreach (var collection in databases.Values.SelectMany(d => d.Collections.Values))
            {
                collection.Observer = value;
            }
        }
    }

    /// <summary>Adds an observer beside those already told of every change.</summary>
    public void AddObserver(IStorageObserver added)
        => Observer = observer switch
        {
            null => added,
            ObserverFanOut fanOut => new ObserverFanOut([.. fanOut.Observers, added]),
            _ => new ObserverFanOut([observer, added]),
        };

    public IReadOnlyDictionary<string, DatabaseStore> Databases => databases;

    /// <summary>The overlay (a transaction) the current command runs in, if any.</summary>
    private IStorageOverlay? Overlay => CurrentOverlay.Value is { } overlay && overlay.Engine == this ? overlay : null;

    /// <summary>Routes this async flow's Read/Write/FindCollection... through an overlay (null: none).</summary>
    public static void UseOverlay(IStorageOverlay? overlay) => CurrentOverlay.Value = overlay;

    public T Read<T>(Func<T> action) => Overlay is { } overlay ? overlay.Read(action) : ReadDirect(action);

    public T Write<T>(Func<T> action) => Overlay is { } overlay ? overlay.Write(action) : WriteDirect(action);

    /// <summary>Runs under the shared lock on the committed data, bypassing any transaction.</summary>
    public T ReadDirect<T>(Func<T> action)
    {
        gate.EnterReadLock();
        try
        {
            return action();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Runs under the exclusive lock on the committed data, bypassing any transaction.</summary>
    public T WriteDirect<T>(Func<T> action)
    {
        gate.EnterWriteLock();
        try
        {
            return action();
        }
        finally
        {
            if (gate.RecursiveWriteCount == 1)
            {
                observer?.GroupCommitted(DurableRequested);
            }

            gate.ExitWriteLock();
        }
    }

    public DatabaseStore? FindDatabase(string name) => databases.GetValueOrDefault(name);

    public CollectionStore? FindCollection(string database, string collection)
        => Overlay is { } overlay ? overlay.FindCollection(database, collection) : FindCollectionDirect(database, collection);

    /// <summary>The committed collection, bypassing any transaction.</summary>
    public CollectionStore? FindCollectionDirect(string database, string collection)
        => FindDatabase(database)?.Find(collection);

    /// <summary>The collection, created implicitly (as an insert or createIndexes does) when missing.</summary>
    public CollectionStore GetOrCreateCollection(string database, string collection)
    {
        if (Overlay is { } overlay)
        {
            return overlay.GetOrCreateCollection(database, collection);
        }

        var existing = FindCollection(database, collection);
        return existing ?? CreateCollection(database, collection, new BsonDocument());
    }

    public CollectionStore CreateCollection(string database, string collection, BsonDocument options)
        => Overlay is { } overlay ? overlay.CreateCollection(database, collection, options) : CreateCollectionDirect(database, collection, options);

    /// <summary>Creates a committed collection, bypassing any transaction.</summary>
    public CollectionStore CreateCollectionDirect(string database, string collection, BsonDocument options)
    {
        NamespaceRules.CheckCollectionName(database, collection);
        if (!databases.TryGetValue(database, out var db))
        {
            db = new DatabaseStore(database);
            databases[database] = db;
        }

        if (db.Collections.ContainsKey(collection))
        {
            throw Errors.NamespaceExists($"Collection {database}.{collection} already exists.");
        }

        var store = new CollectionStore(database, collection, options) { Observer = observer };
        db.Collections[collection] = store;
        observer?.CollectionCreated(store);
        return store;
    }

    public bool DropCollection(string database, string collection)
    {
        var db = FindDatabase(database);
        if (db is null || !db.Collections.Remove(collection))
        {
            return false;
        }

        observer?.CollectionDropped(database, collection);

        if (db.Collections.Count == 0)
        {
            databases.Remove(database);
        }

        return true;
    }

    public bool DropDatabase(string database)
    {
        if (!databases.TryGetValue(database, out var db))
        {
            return false;
        }

        // As on MongoDB, each collection is dropped (and reported) before the database.
        foreach (var name in db.Collections.Keys.ToList())
        {
            DropCollection(database, name);
        }

        databases.Remove(database);

        observer?.DatabaseDropped(database);
        return true;
    }

    public void Rename(CollectionStore source, string targetDatabase, string targetCollection)
    {
        var (fromDatabase, fromCollection) = (source.Database, source.Name);
        var saved = observer;
        observer = null;
        try
        {
            RenameQuietly(source, targetDatabase, targetCollection);
        }
        finally
        {
            observer = saved;
            FindCollectionDirect(targetDatabase, targetCollection)!.Observer = saved;
        }

        observer?.CollectionRenamed(fromDatabase, fromCollection, targetDatabase, targetCollection);
    }

    private void RenameQuietly(CollectionStore source, string targetDatabase, string targetCollection)
    {
        DropCollection(source.Database, source.Name);
        if (!databases.TryGetValue(targetDatabase, out var db))
        {
            db = new DatabaseStore(targetDatabase);
            databases[targetDatabase] = db;
        }

        var moved = source.Database == targetDatabase ? source : CopyInto(source, targetDatabase);
        moved.Name = targetCollection;
        db.Collections[targetCollection] = moved;
    }

    private static CollectionStore CopyInto(CollectionStore source, string database)
    {
        var copy = source.CopyDefinition(database);

        foreach (var (_, document) in source.Scan())
        {
            copy.Insert(document);
        }

        return copy;
    }

    public void Dispose() => gate.Dispose();
}
