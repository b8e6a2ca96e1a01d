using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// Committed writes kept while transactions are open: enough to rebuild any open transaction's
/// snapshot of a collection (a copy of the current one with the later writes undone) and to tell whether
/// a document was written after a snapshot (first-writer-wins). Callers hold the manager's lock.
/// </summary>
internal sealed class UndoLog
{
    private readonly Dictionary<string, List<Entry>> byNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> lastWrite = new(StringComparer.Ordinal);

    public void Record(long sequence, string ns, BsonDocument? before, BsonDocument? after)
    {
        var idKey = DocumentKey.IdKey(DocumentKey.IdOf((after ?? before)!));
        if (!byNamespace.TryGetValue(ns, out var list))
        {
            list = new List<Entry>();
            byNamespace[ns] = list;
        }

        list.Add(new Entry(sequence, idKey, before, after));
        lastWrite[ns + "\u0001" + idKey] = sequence;
    }

    /// <summary>The sequence of the last committed write of a document (0 when none is kept).</summary>
    public long LastWrite(string documentKey) => lastWrite.GetValueOrDefault(documentKey);

    /// <summary>The writes of a collection after <paramref name="snapshot"/>, newest first: undoing them in this order gives the snapshot.</summary>
    public List<(BsonDocument? Before, BsonDocument? After)> WritesAfter(string ns, long snapshot)
    {
        var writes = new List<(BsonDocument?, BsonDocument?)>();
        if (byNamespace.TryGetValue(ns, out var list))
        {
            for (var i = list.Count - 1; i >= 0 && list[i].Sequence > snapshot; i--)
            {
                writes.Add((list[i].Before, list[i].After));
            }
        }

        return writes;
    }

    /// <summary>Forgets writes no open transaction can need (at or before the oldest open snapshot).</summary>
    public void Trim(long? oldestSnapshot)
    {
        if (oldestSnapshot is not { } oldest)
        {
            byNamespace.Clear();
            lastWrite.Clear();
            return;
        }

        foreach (var list in byNamespace.Values)
        {
            list.RemoveAll(e => e.Sequence <= oldest);
        }

        foreach (var key in lastWrite.Where(p => p.Value <= oldest).Select(p => p.Key).ToList())
        {
            lastWrite.Remove(key);
        }
    }

    private sealed record Entry(long Sequence, string IdKey, BsonDocument? Before, BsonDocument? After);
}
