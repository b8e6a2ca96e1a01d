using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// A collection: its documents, its indexes (the unique <c>_id_</c> index first) and its options
/// (validator, validationLevel, validationAction...). Callers hold the storage lock.
/// </summary>
public sealed class CollectionStore
{
    private readonly RecordList records = new();
    private long nextRecordId = 1;

    private BsonDocument options;

    public CollectionStore(string database, string name, BsonDocument options)
    {
        Database = database;
        Name = name;
        this.options = options;
        Uuid = Guid.NewGuid();
        Indexes.Add(new IndexStore("_id_", new BsonDocument("_id", 1), new BsonDocument
        {
            { "v", 2 },
            { "key", new BsonDocument("_id", 1) },
            { "name", "_id_" },
        }));
    }

    public string Database { get; }

    public string Name { get; internal set; }

    public string Namespace => Database + "." + Name;

    public Guid Uuid { get; }

    /// <summary>Creation options as listCollections reports them (validator and the like).</summary>
    public BsonDocument Options
    {
        get => options;
        set
        {
            options = value;
            validator = null;
            Observer?.OptionsChanged(this);
        }
    }

    /// <summary>The validator parsed once (null when the collection has none); reparsed when options change.</summary>
    public Query.Filter? Validator
    {
        get
        {
            if (validator is null && options.TryGetValue("validator", out var spec) && spec is BsonDocument { ElementCount: > 0 } document)
            {
                validator = Query.Filter.Parse(document);
            }

            return validator;
        }
    }

    private Query.Filter? validator;

    /// <summary>Told of every change (set by the storage engine that owns the collection).</summary>
    internal IStorageObserver? Observer { get; set; }

    public List<IndexStore> Indexes { get; } = new();

    public IndexStore IdIndex => Indexes[0];

    public int Count => records.Count;

    public BsonDocument? Get(long recordId) => records.Get(recordId);

    /// <summary>All documents in natural order, captured now.</summary>
    public List<(long RecordId, BsonDocument Document)> Scan() => records.Snapshot();

    public IndexStore? FindIndex(string name) => Indexes.FirstOrDefault(i => i.Name == name);

    /// <summary>The record that follows <paramref name="recordId"/> in storage order, if any (a join reading in that order).</summary>
    public (long RecordId, BsonDocument Document)? RecordAfter(long recordId) => records.After(recordId);

    /// <summary>Record id of the document with this _id, if any.</summary>
    public long? FindById(BsonValue id) => IdIndex.SeekUnique(id);

    /// <summary>Inserts a document that already has its _id first. Throws E11000 on a unique clash.</summary>
    public long Insert(BsonDocument document)
    {
        var recordId = nextRecordId;
        var keys = new List<BsonValue[]>[Indexes.Count];
        for (var i = 0; i < Indexes.Count; i++)
        {
            keys[i] = Indexes[i].KeysFor(document);
            Indexes[i].CheckUnique(Namespace, keys[i], recordId);
        }

        nextRecordId++;
        for (var i = 0; i < Indexes.Count; i++)
        {
            Indexes[i].Add(recordId, keys[i]);
        }

        records.Add(recordId, document);
        Observer?.DocumentInserted(this, document);
        return recordId;
    }

    /// <summary>Replaces a record's document, keeping every index in step. Throws E11000 on a clash.</summary>
    /// <param name="replacement">The update replaced the whole document (change streams report "replace").</param>
    public void Replace(long recordId, BsonDocument document, bool replacement = false)
    {
        var old = records.Get(recordId) ?? throw Errors.InternalError($"record {recordId} vanished");
        var oldKeys = new List<BsonValue[]>[Indexes.Count];
        var newKeys = new List<BsonValue[]>[Indexes.Count];
        for (var i = 0; i < Indexes.Count; i++)
        {
            newKeys[i] = Indexes[i].KeysFor(document);
            Indexes[i].CheckUnique(Namespace, newKeys[i], recordId);
            oldKeys[i] = Indexes[i].KeysFor(old);
        }

        for (var i = 0; i < Indexes.Count; i++)
        {
            if (!SameKeys(oldKeys[i], newKeys[i]))
            {
                Indexes[i].Remove(recordId, oldKeys[i]);
                Indexes[i].Add(recordId, newKeys[i]);
            }
        }

        records.Replace(recordId, document);
        Observer?.DocumentReplaced(this, old, document, replacement);
    }

    private static bool SameKeys(List<BsonValue[]> a, List<BsonValue[]> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!IndexKeyEquality.Instance.Equals(a[i], b[i]) || !SameTypes(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    // 1 and 1.0 are equal keys but the entry should carry the new value's type.
    private static bool SameTypes(BsonValue[] a, BsonValue[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].BsonType != b[i].BsonType)
            {
                return false;
            }
        }

        return true;
    }

    public BsonDocument? Delete(long recordId)
    {
        var old = records.Get(recordId);
        if (old is null)
        {
            return null;
        }

        foreach (var index in Indexes)
        {
            index.Remove(recordId, index.KeysFor(old));
        }

        records.Remove(recordId);
        Observer?.DocumentDeleted(this, old);
        return old;
    }

    /// <summary>Builds a new index over the existing documents; E11000 if a unique index cannot hold them.</summary>
    public void AddIndex(IndexStore index)
    {
        foreach (var (recordId, document) in records.Snapshot())
        {
            var keys = index.KeysFor(document);
            index.CheckUnique(Namespace, keys, recordId);
            index.Add(recordId, keys);
        }

        Indexes.Add(index);
        Observer?.IndexCreated(this, index);
    }

    /// <summary>Removes a secondary index by name; returns false when there is none of that name.</summary>
    public bool DropIndex(string name)
    {
        var index = FindIndex(name);
        if (index is null || index.IsIdIndex)
        {
            return false;
        }

        Indexes.Remove(index);
        Observer?.IndexDropped(this, name);
        return true;
    }

    /// <summary>Changes an option of an index (collMod: hidden, expireAfterSeconds); the journal sees it as a re-creation.</summary>
    public void ModifyIndex(IndexStore index, string option, BsonValue? value)
    {
        index.SetOption(option, value);
        Observer?.IndexDropped(this, index.Name);
        Observer?.IndexCreated(this, index);
    }

    /// <summary>
    /// A private copy with the same documents, indexes and options (no observer), built in linear
    /// time: what a transaction reads and writes until it commits.
    /// </summary>
    public CollectionStore Clone()
    {
        var copy = new CollectionStore(Database, Name, Options);
        copy.Indexes.Clear();
        copy.Indexes.AddRange(Indexes.Select(i => i.Clone()));
        copy.records.CopyFrom(records);
        copy.nextRecordId = nextRecordId;
        return copy;
    }

    /// <summary>An empty collection with the same name, options and index definitions (no observer).</summary>
    public CollectionStore CopyDefinition(string? database = null)
    {
        var copy = new CollectionStore(database ?? Database, Name, Options);
        foreach (var index in Indexes.Skip(1))
        {
            copy.AddIndex(new IndexStore(index.Name, index.KeyPattern, index.Spec));
        }

        return copy;
    }

    public void Clear()
    {
        foreach (var (_, document) in records.Snapshot())
        {
            Observer?.DocumentDeleted(this, document);
        }

        records.Clear();
        foreach (var index in Indexes)
        {
            index.Clear();
        }
    }
}
