using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// One index of a collection: an ordered set of (key, record id) entries kept in step with every
/// write. Unique indexes refuse a second record with an equal key (E11000) and keep a hash map
/// for O(1) lookups; sparse indexes skip documents that lack every indexed field; partial indexes
/// hold only documents matching their filter. An array value makes the index multikey: one entry
/// per element (and the path is remembered as multikey so the planner never intersects its bounds).
/// </summary>
public sealed class IndexStore
{
    private readonly string[][] pathParts;
    private readonly Filter? partialFilter;
    private readonly Dictionary<BsonValue[], long>? uniqueKeys;
    private readonly bool simpleSingleField;
    private Dictionary<BsonValue[], long>.AlternateLookup<BsonValue>? byValue;

    // A one-field unique index (the _id index) also maps its string and ObjectId keys directly: a join
    // on such keys then reads the hash entry alone, not a key array and a boxed value as well.
    private readonly Dictionary<string, long>? stringKeys;
    private readonly Dictionary<ObjectId, long>? objectIdKeys;

    public IndexStore(string name, BsonDocument keyPattern, BsonDocument spec)
    {
        Name = name;
        KeyPattern = keyPattern;
        Spec = spec;
        Paths = keyPattern.Names.ToArray();
        pathParts = Paths.Select(p => p.Split('.')).ToArray();
        Directions = keyPattern.Values.Select(v => BsonOrder.IsNumber(v) && Numeric.ToDouble(v) < 0 ? -1 : 1).ToArray();
        MultikeyPaths = new bool[Paths.Length];
        Comparer = new IndexEntryComparer(Directions);
        Entries = new SortedSet<IndexEntry>(Comparer);
        Unique = name == "_id_" || spec.GetValue("unique", false).ToBoolean();
        Sparse = spec.GetValue("sparse", false).ToBoolean();
        if (spec.TryGetValue("partialFilterExpression", out var pfe))
        {
            PartialFilterExpression = pfe.AsBsonDocument;
            partialFilter = Filter.Parse(PartialFilterExpression);
        }

        if (Unique)
        {
            uniqueKeys = new Dictionary<BsonValue[], long>(IndexKeyEquality.Instance);
            if (Paths.Length == 1)
            {
                stringKeys = new Dictionary<string, long>(StringComparer.Ordinal);
                objectIdKeys = new Dictionary<ObjectId, long>();
            }
        }

        simpleSingleField = Paths.Length == 1 && pathParts[0].Length == 1 && partialFilter is null;
        Usage = new IndexUsage();
    }

    public string Name { get; }

    /// <summary>How often queries used this index ($indexStats).</summary>
    public IndexUsage Usage { get; }

    public BsonDocument KeyPattern { get; }

    /// <summary>The index as listIndexes reports it (v, key, name and options).</summary>
    public BsonDocument Spec { get; private set; }

    public string[] Paths { get; }

    public int[] Directions { get; }

    public bool Unique { get; }

    public bool Sparse { get; }

    public BsonDocument? PartialFilterExpression { get; }

    /// <summary>Hidden indexes are maintained but never chosen by the planner (collMod hidden).</summary>
    public bool Hidden => Spec.GetValue("hidden", false).ToBoolean();

    /// <summary>Per key field: whether a document ever had an array on that path.</summary>
    public bool[] MultikeyPaths { get; }

    public bool IsMultikey => Array.IndexOf(MultikeyPaths, true) >= 0;

    public IndexEntryComparer Comparer { get; }

    public SortedSet<IndexEntry> Entries { get; }

    public bool IsIdIndex => Name == "_id_";

    /// <summary>
    /// A copy with the same entries, built in linear time (a transaction's private copy of its
    /// collection): the entry set and unique-key map are copied with the same comparers, which lets
    /// the collections copy their internal structure instead of re-inserting every key.
    /// </summary>
    public IndexStore Clone() => new(this);

    // Copies every piece of state the index keeps; a field added to the index must be copied here too.
    private IndexStore(IndexStore source)
    {
        Usage = source.Usage;
        Name = source.Name;
        KeyPattern = source.KeyPattern;
        Spec = source.Spec;
        Paths = source.Paths;
        pathParts = source.pathParts;
        Directions = source.Directions;
        MultikeyPaths = (bool[])source.MultikeyPaths.Clone();
        Comparer = source.Comparer;
        Entries = new SortedSet<IndexEntry>(source.Entries, source.Comparer);
        Unique = source.Unique;
        Sparse = source.Sparse;
        PartialFilterExpression = source.PartialFilterExpression;
        partialFilter = source.partialFilter;
        uniqueKeys = source.uniqueKeys is null ? null : new Dictionary<BsonValue[], long>(source.uniqueKeys, IndexKeyEquality.Instance);
        stringKeys = source.stringKeys is null ? null : new Dictionary<string, long>(source.stringKeys, StringComparer.Ordinal);
        objectIdKeys = source.objectIdKeys is null ? null : new Dictionary<ObjectId, long>(source.objectIdKeys);
        simpleSingleField = source.simpleSingleField;
    }

    /// <summary>Replaces an option in the index specification (collMod: hidden, expireAfterSeconds).</summary>
    public void SetOption(string option, BsonValue? value)
    {
        var spec = Spec.DeepClone().AsBsonDocument;
        if (value is null)
        {
            spec.Remove(option);
        }
        else
        {
            spec[option] = value;
        }

        Spec = spec;
    }

    /// <summary>The keys a document contributes (none when sparse or partial exclude it).</summary>
    public List<BsonValue[]> KeysFor(BsonDocument document)
    {
        if (simpleSingleField)
        {
            // Fast path: a top-level field holding a scalar gives exactly one key.
            if (document.TryGetValue(Paths[0], out var direct))
            {
                if (direct is not BsonArray)
                {
                    return [[direct]];
                }
            }
            else
            {
                return Sparse ? [] : [[BsonNull.Value]];
            }
        }

        var keys = new List<BsonValue[]>(1);
        if (partialFilter is not null && !partialFilter.Matches(document))
        {
            return keys;
        }

        var perField = new List<BsonValue>[Paths.Length];
        var anyPresent = false;
        for (var i = 0; i < Paths.Length; i++)
        {
            var values = new List<BsonValue>();
            var arrayMet = false;
            FieldPath.CollectIndexValues(document, pathParts[i], 0, values, ref arrayMet);
            if (arrayMet)
            {
                MultikeyPaths[i] = true;
            }

            if (values.Count == 0)
            {
                values.Add(BsonNull.Value);
            }
            else
            {
                anyPresent = true;
            }

            perField[i] = values;
        }

        if (Sparse && !anyPresent)
        {
            return keys;
        }

        Expand(perField, 0, new BsonValue[Paths.Length], keys);
        return keys;
    }

    private static void Expand(List<BsonValue>[] perField, int i, BsonValue[] current, List<BsonValue[]> output)
    {
        if (i == perField.Length)
        {
            output.Add((BsonValue[])current.Clone());
            return;
        }

        if (perField[i].Count == 1)
        {
            current[i] = perField[i][0];
            Expand(perField, i + 1, current, output);
            return;
        }

        var seen = new HashSet<BsonValue>(BsonOrder.Instance);
        foreach (var value in perField[i])
        {
            // 1 and 1.0 are one key; a value and an equal value of another type rank (none) stay apart.
            if (seen.Add(value))
            {
                current[i] = value;
                Expand(perField, i + 1, current, output);
            }
        }
    }

    /// <summary>Throws E11000 if a unique index already holds one of these keys for another record.</summary>
    public void CheckUnique(string ns, List<BsonValue[]> keys, long recordId)
    {
        if (uniqueKeys is null)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (uniqueKeys.TryGetValue(key, out var existing) && existing != recordId)
            {
                throw DuplicateKey(ns, key);
            }
        }
    }

    /// <summary>The E11000 error for a key of this index (keyPattern and keyValue as the server reports them).</summary>
    public MongoServerException DuplicateKey(string ns, BsonValue[] key)
    {
        var keyValue = new BsonDocument();
        for (var i = 0; i < Paths.Length; i++)
        {
            keyValue.Add(Paths[i], key[i] is BsonUndefined ? BsonNull.Value : key[i]);
        }

        return Errors.DuplicateKey(ns, Name, KeyPattern, keyValue);
    }

    public void Add(long recordId, List<BsonValue[]> keys)
    {
        foreach (var key in keys)
        {
            Entries.Add(new IndexEntry(key, recordId));
            if (uniqueKeys is not null && uniqueKeys.TryAdd(key, recordId))
            {
                AddTyped(key[0], recordId);
            }
        }
    }

    public void Remove(long recordId, List<BsonValue[]> keys)
    {
        foreach (var key in keys)
        {
            Entries.Remove(new IndexEntry(key, recordId));
            if (uniqueKeys is not null && uniqueKeys.TryGetValue(key, out var owner) && owner == recordId)
            {
                uniqueKeys.Remove(key);
                RemoveTyped(key[0]);
            }
        }
    }

    public void Clear()
    {
        Entries.Clear();
        uniqueKeys?.Clear();
        stringKeys?.Clear();
        objectIdKeys?.Clear();
    }

    /// <summary>Record ids whose key equals <paramref name="key"/> exactly (all fields).</summary>
    public IEnumerable<long> Seek(BsonValue[] key)
    {
        if (uniqueKeys is not null)
        {
            if (uniqueKeys.TryGetValue(key, out var owner))
            {
                yield return owner;
            }

            yield break;
        }

        foreach (var entry in Range(key, key))
        {
            yield return entry.RecordId;
        }
    }

    /// <summary>
    /// The record whose one-field key equals <paramref name="value"/>, for a unique index (the _id
    /// index): a hash lookup without a key array or an enumerator.
    /// </summary>
    public long? SeekUnique(BsonValue value)
    {
        if (uniqueKeys is null || Paths.Length != 1)
        {
            foreach (var recordId in Seek([value]))
            {
                return recordId;
            }

            return null;
        }

        if (Collation.Current is null)
        {
            switch (value)
            {
                case BsonString text when stringKeys is not null:
                    return stringKeys.TryGetValue(text.Value, out var byText) ? byText : null;
                case BsonObjectId id when objectIdKeys is not null:
                    return objectIdKeys.TryGetValue(id.Value, out var byId) ? byId : null;
            }
        }

        byValue ??= uniqueKeys.GetAlternateLookup<BsonValue>();
        return byValue.Value.TryGetValue(value, out var owner) ? owner : null;
    }

    /// <summary>Mirrors a new one-field unique key in the typed maps (a symbol counts as its string, as BSON order has it).</summary>
    private void AddTyped(BsonValue key, long recordId)
    {
        if (TextOf(key) is { } text)
        {
            stringKeys?.TryAdd(text, recordId);
        }
        else if (key is BsonObjectId id)
        {
            objectIdKeys?.TryAdd(id.Value, recordId);
        }
    }

    private void RemoveTyped(BsonValue key)
    {
        if (TextOf(key) is { } text)
        {
            stringKeys?.Remove(text);
        }
        else if (key is BsonObjectId id)
        {
            objectIdKeys?.Remove(id.Value);
        }
    }

    private static string? TextOf(BsonValue key) => key switch
    {
        BsonString text => text.Value,
        BsonSymbol symbol => symbol.Name,
        _ => null,
    };

    /// <summary>Entries from <paramref name="low"/> to <paramref name="high"/> (both in index order, inclusive).</summary>
    public IEnumerable<IndexEntry> Range(BsonValue[] low, BsonValue[] high)
    {
        var from = new IndexEntry(low, long.MinValue);
        var to = new IndexEntry(high, long.MaxValue);
        if (Comparer.Compare(from, to) > 0)
        {
            return [];
        }

        return Entries.GetViewBetween(from, to);
    }
}
