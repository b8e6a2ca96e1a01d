using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The updateDescription of an update event, computed by diffing the document before and after:
/// changed or added fields (dotted paths into embedded documents and array elements) in
/// updatedFields, missing ones in removedFields, shortened arrays in truncatedArrays.
/// </summary>
public static class UpdateDescription
{
    public static BsonDocument Diff(BsonDocument before, BsonDocument after)
    {
        var updated = new BsonDocument();
        var removed = new BsonArray();
        var truncated = new BsonArray();
        DiffDocuments(before, after, string.Empty, updated, removed, truncated);
        return new BsonDocument
        {
            { "updatedFields", updated },
            { "removedFields", removed },
            { "truncatedArrays", truncated },
        };
    }

    private static void DiffDocuments(BsonDocument before, BsonDocument after, string prefix, BsonDocument updated, BsonArray removed, BsonArray truncated)
    {
        foreach (var element in after)
        {
            var path = prefix + element.Name;
            if (!before.TryGetValue(element.Name, out var old))
            {
                updated[path] = element.Value;
            }
            else
            {
                DiffValues(old, element.Value, path, updated, removed, truncated);
            }
        }

        foreach (var element in before)
        {
            if (!after.Contains(element.Name))
            {
                removed.Add(prefix + element.Name);
            }
        }
    }

    private static void DiffValues(BsonValue old, BsonValue value, string path, BsonDocument updated, BsonArray removed, BsonArray truncated)
    {
        if (SameValue(old, value))
        {
            return;
        }

        if (old is BsonDocument oldDocument && value is BsonDocument newDocument && SameFieldOrder(oldDocument, newDocument))
        {
            DiffDocuments(oldDocument, newDocument, path + ".", updated, removed, truncated);
        }
        else if (old is BsonArray oldArray && value is BsonArray newArray)
        {
            for (var i = 0; i < newArray.Count; i++)
            {
                if (i >= oldArray.Count)
                {
                    updated[path + "." + i] = newArray[i];
                }
                else
                {
                    DiffValues(oldArray[i], newArray[i], path + "." + i, updated, removed, truncated);
                }
            }

            if (newArray.Count < oldArray.Count)
            {
                truncated.Add(new BsonDocument { { "field", path }, { "newSize", newArray.Count } });
            }
        }
        else
        {
            updated[path] = value;
        }
    }

    /// <summary>Same type and same bytes: 1 and 1.0 differ for a change event (the type changed).</summary>
    private static bool SameValue(BsonValue a, BsonValue b) => a.BsonType == b.BsonType && a.Equals(b);

    /// <summary>Fields kept in the same order can be described field by field; a reordered document is replaced whole.</summary>
    private static bool SameFieldOrder(BsonDocument before, BsonDocument after)
    {
        var kept = after.Names.Where(before.Contains).ToList();
        var old = before.Names.Where(after.Contains).ToList();
        return kept.SequenceEqual(old, StringComparer.Ordinal);
    }
}
