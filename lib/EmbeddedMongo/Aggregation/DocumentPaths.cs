using System.Runtime.CompilerServices;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// Reading and copy-on-write setting of dotted paths. Documents handed to a stage are shared and
/// immutable: setting a nested field copies each document along the path, never the rest.
/// </summary>
public static class DocumentPaths
{
    /// <summary>Whether BsonDocument's element list can be filled directly (checked once; else elements are added one by one).</summary>
    private static bool direct = true;

    /// <summary>A new document with the same (shared) element values.</summary>
    public static BsonDocument ShallowCopy(BsonDocument source) => Copy(source, source.ElementCount + 1);

    /// <summary>
    /// A copy of <paramref name="source"/> with the dotted path set to <paramref name="value"/>
    /// (the $lookup "as" field): a top-level field is replaced in place or appended.
    /// </summary>
    public static BsonDocument CopyWith(BsonDocument source, string[] parts, BsonValue value)
    {
        var copy = Copy(source, source.ElementCount + 1);
        Set(copy, parts, 0, value);
        return copy;
    }

    /// <summary>
    /// Copies the element list in one block into a list sized for <paramref name="capacity"/>
    /// (adding one by one checks every name against the others and regrows the list), then lets
    /// the document rebuild its name index. Raw or lazy documents, and a library whose layout
    /// differs, are copied element by element.
    /// </summary>
    private static BsonDocument Copy(BsonDocument source, int capacity)
    {
        var copy = new BsonDocument(allowDuplicateNames: false);
        if (direct && !source.AllowDuplicateNames && source.GetType() == typeof(BsonDocument))
        {
            try
            {
                var elements = new List<BsonElement>(capacity);
                elements.AddRange(ElementsOf(source));
                ElementsOf(copy) = elements;
                RebuildIndexes(copy);
                return copy;
            }
            catch (MissingMemberException)
            {
                direct = false;
            }
        }

        foreach (var element in source)
        {
            copy.Add(element.Name, element.Value);
        }

        return copy;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_elements")]
    private static extern ref List<BsonElement> ElementsOf(BsonDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "RebuildIndexes")]
    private static extern void RebuildIndexes(BsonDocument document);

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
