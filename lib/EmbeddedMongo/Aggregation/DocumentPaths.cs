using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// Reading and copy-on-write setting of dotted paths. Documents handed to a stage are shared and
/// immutable: setting a nested field copies each document along the path, never the rest.
/// </summary>
public static class DocumentPaths
{
    /// <summary>A new document with the same (shared) element values.</summary>
    public static BsonDocument ShallowCopy(BsonDocument source)
    {
        var copy = new BsonDocument(allowDuplicateNames: false);
        foreach (var element in source)
        {
            copy.Add(element.Name, element.Value);
        }

        return copy;
    }

    /// <summary>The value at a dotted path without array traversal (null when missing).</summary>
    public static BsonValue? Get(BsonDocument document, string[] parts)
    {
        BsonValue current = document;
        foreach (var part in parts)
        {
            if (current is BsonDocument d && d.TryGetValue(part, out var next))
            {
                current = next;
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// Sets (or, for a null value, removes) a dotted path in <paramref name="owned"/>, a document
    /// the caller already copied. Nested documents on the way are copied; a scalar or missing
    /// parent is replaced by a new document; with <paramref name="throughArrays"/> an array on the
    /// way receives the field in each element (as $addFields does).
    /// </summary>
    public static void Set(BsonDocument owned, string[] parts, int index, BsonValue? value, bool throughArrays = false)
    {
        var name = parts[index];
        if (index == parts.Length - 1)
        {
            if (value is null)
            {
                owned.Remove(name);
            }
            else
            {
                owned[name] = value;
            }

            return;
        }

        owned.TryGetValue(name, out var existing);
        switch (existing)
        {
            case BsonDocument child:
            {
                var copy = ShallowCopy(child);
                Set(copy, parts, index + 1, value, throughArrays);
                owned[name] = copy;
                break;
            }

            case BsonArray array when throughArrays:
            {
                var items = new BsonArray(array.Count);
                foreach (var item in array)
                {
                    var copy = item is BsonDocument d ? ShallowCopy(d) : new BsonDocument();
                    Set(copy, parts, index + 1, value, throughArrays);
                    items.Add(copy);
                }

                owned[name] = items;
                break;
            }

            default:
            {
                if (value is null)
                {
                    return;
                }

                var created = new BsonDocument();
                Set(created, parts, index + 1, value, throughArrays);
                owned[name] = created;
                break;
            }
        }
    }
}
