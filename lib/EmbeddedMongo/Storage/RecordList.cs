using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// A collection's documents in record-id order (insertion order, as WiredTiger returns a
/// collection scan). Deleted slots are tombstones until enough accumulate to compact.
/// Stored documents are never mutated: a write replaces the document object.
/// </summary>
public sealed class RecordList
{
    private readonly List<long> ids = new();
    private readonly List<BsonDocument?> documents = new();
    private readonly Dictionary<long, int> slots = new();
    private int tombstones;

    public int Count => slots.Count;

    public long Add(long recordId, BsonDocument document)
    {
        slots[recordId] = ids.Count;
        ids.Add(recordId);
        documents.Add(document);
        return recordId;
    }

    /// <summary>Makes this (empty) list a copy of <paramref name="source"/>; the documents are shared, being immutable.</summary>
    public void CopyFrom(RecordList source)
    {
        ids.AddRange(source.ids);
        documents.AddRange(source.documents);
        slots.EnsureCapacity(source.slots.Count);
        foreach (var (recordId, slot) in source.slots)
        {
            slots.Add(recordId, slot);
        }

        tombstones = source.tombstones;
    }

    public BsonDocument? Get(long recordId) => SlotOf(recordId) is var slot and >= 0 ? documents[slot] : null;

    /// <summary>The next live record after <paramref name="recordId"/> in record order (looking a few slots ahead), if any.</summary>
    public (long RecordId, BsonDocument Document)? After(long recordId)
    {
        var slot = SlotOf(recordId);
        for (var next = slot + 1; slot >= 0 && next < ids.Count && next <= slot + 4; next++)
        {
            if (documents[next] is { } document)
            {
                return (ids[next], document);
            }
        }

        return null;
    }

    /// <summary>
    /// The slot of a record, or -1. Record ids grow by one per insert: until something is deleted, a
    /// record's slot is its distance from the first id, found without hashing (the slot's id confirms it).
    /// </summary>
    private int SlotOf(long recordId)
    {
        var guess = ids.Count > 0 ? recordId - ids[0] : -1;
        if ((ulong)guess < (ulong)ids.Count && ids[(int)guess] == recordId)
        {
            return (int)guess;
        }

        return slots.TryGetValue(recordId, out var slot) ? slot : -1;
    }

    public void Replace(long recordId, BsonDocument document) => documents[slots[recordId]] = document;

    public void Remove(long recordId)
    {
        if (!slots.Remove(recordId, out var slot))
        {
            return;
        }

        documents[slot] = null;
        tombstones++;
        if (tombstones > 1024 && tombstones > ids.Count / 2)
        {
            Compact();
        }
    }

    public void Clear()
    {
        ids.Clear();
        documents.Clear();
        slots.Clear();
        tombstones = 0;
    }

    /// <summary>A snapshot of the live records in order; safe to enumerate while writes continue.</summary>
    public List<(long RecordId, BsonDocument Document)> Snapshot()
    {
        var result = new List<(long, BsonDocument)>(slots.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var document = documents[i];
            if (document is not null)
            {
                result.Add((ids[i], document));
            }
        }

        return result;
    }

    private void Compact()
    {
        var liveIds = new List<long>(slots.Count);
        var liveDocuments = new List<BsonDocument?>(slots.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (documents[i] is not null)
            {
                liveIds.Add(ids[i]);
                liveDocuments.Add(documents[i]);
            }
        }

        ids.Clear();
        ids.AddRange(liveIds);
        documents.Clear();
        documents.AddRange(liveDocuments);
        slots.Clear();
        for (var i = 0; i < ids.Count; i++)
        {
            slots[ids[i]] = i;
        }

        tombstones = 0;
    }
}
