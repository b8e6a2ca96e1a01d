using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// One index of a collection: an ordered set of (key, record id) entries kept in step with every
/// write. Unique indexes refuse a second record with an equal key (E11000); sparse indexes skip
/// documents that lack every indexed field; partial indexes hold only documents matching their
/// filter. An array value makes the index multikey: one entry per element.
/// </summary>
public sealed class IndexStore
{
    private readonly string[][] pathParts;
    private readonly Filter? partialFilter;

    public IndexStore(string name, BsonDocument keyPattern, BsonDocument spec)
    {
        Name = name;
        KeyPattern = keyPattern;
        Spec = spec;
        Paths = keyPattern.Names.ToArray();
        pathParts = Paths.Select(p => p.Split('.')).ToArray();
        Directions = keyPattern.Values.Select(v => BsonOrder.IsNumber(v) && Numeric.ToDouble(v) < 0 ? -1 : 1).ToArray();
        Comparer = new IndexEntryComparer(Directions);
        Entries = new SortedSet<IndexEntry>(Comparer);
        Unique = name == "_id_" || spec.GetValue("unique", false).ToBoolean();
        Sparse = spec.GetValue("sparse", false).ToBoolean();
        if (spec.TryGetValue("partialFilterExpression", out var pfe))
        {
            partialFilter = Filter.Parse(pfe.AsBsonDocument);
        }
    }

    public string Name { get; }

    public BsonDocument KeyPattern { get; }

    /// <summary>The index as listIndexes reports it (v, key, name and options).</summary>
    public BsonDocument Spec { get; }

    public string[] Paths { get; }

    public int[] Directions { get; }

    public bool Unique { get; }

    public bool Sparse { get; }

    public bool IsMultikey { get; private set; }

    public IndexEntryComparer Comparer { get; }

    public SortedSet<IndexEntry> Entries { get; }

    public bool IsIdIndex => Name == "_id_";

    /// <summary>The keys a document contributes (none when sparse or partial exclude it).</summary>
    public List<BsonValue[]> KeysFor(BsonDocument document)
    {
        var keys = new List<BsonValue[]>();
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
                IsMultikey = true;
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

        var seen = new HashSet<BsonValue>(BsonOrder.Instance);
        foreach (var value in perField[i])
        {
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
        if (!Unique)
        {
            return;
        }

        foreach (var key in keys)
        {
            var low = new IndexEntry(key, long.MinValue);
            var high = new IndexEntry(key, long.MaxValue);
            foreach (var existing in Entries.GetViewBetween(low, high))
            {
                if (existing.RecordId != recordId)
                {
                    var keyValue = new BsonDocument();
                    for (var i = 0; i < Paths.Length; i++)
                    {
                        keyValue.Add(Paths[i], key[i] is BsonUndefined ? BsonNull.Value : key[i]);
                    }

                    throw Errors.DuplicateKey(ns, Name, KeyPattern, keyValue);
                }
            }
        }
    }

    public void Add(long recordId, List<BsonValue[]> keys)
    {
        foreach (var key in keys)
        {
            Entries.Add(new IndexEntry(key, recordId));
        }
    }

    public void Remove(long recordId, List<BsonValue[]> keys)
    {
        foreach (var key in keys)
        {
            Entries.Remove(new IndexEntry(key, recordId));
        }
    }

    /// <summary>Record ids whose key equals <paramref name="key"/> exactly (all fields).</summary>
    public IEnumerable<long> Seek(BsonValue[] key)
    {
        var low = new IndexEntry(key, long.MinValue);
        var high = new IndexEntry(key, long.MaxValue);
        foreach (var entry in Entries.GetViewBetween(low, high))
        {
            yield return entry.RecordId;
        }
    }
}
