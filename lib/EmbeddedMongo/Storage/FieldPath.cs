using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Reads dotted paths out of documents the way index key generation does.</summary>
public static class FieldPath
{
    /// <summary>
    /// The values a dotted path reaches, expanding arrays met along the way (an index on
    /// "a.b" over {a:[{b:1},{b:2}]} has keys 1 and 2). A missing value yields nothing;
    /// <paramref name="arrayMet"/> reports whether an array was traversed or reached (multikey).
    /// </summary>
    public static void CollectIndexValues(BsonValue value, string[] parts, int index, List<BsonValue> output, ref bool arrayMet)
    {
        if (index == parts.Length)
        {
            if (value is BsonArray array)
            {
                arrayMet = true;
                if (array.Count == 0)
                {
                    // An empty array is indexed as undefined, as the server does.
                    output.Add(BsonUndefined.Value);
                }

                foreach (var item in array)
                {
                    output.Add(item);
                }
            }
            else
            {
                output.Add(value);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(parts[index], out var child))
                {
                    CollectIndexValues(child, parts, index + 1, output, ref arrayMet);
                }

                break;
            case BsonArray array:
                arrayMet = true;
                if (int.TryParse(parts[index], out var position) && position >= 0 && position < array.Count && IsPlainIndex(parts[index]))
                {
                    CollectIndexValues(array[position], parts, index + 1, output, ref arrayMet);
                }

                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        CollectIndexValues(item, parts, index, output, ref arrayMet);
                    }
                }

                break;
        }
    }

    private static bool IsPlainIndex(string part) => part.Length > 0 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0');

    /// <summary>The single value at a dotted path without array expansion, or null when missing.</summary>
    public static BsonValue? GetValue(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var part in path.Split('.'))
        {
            switch (current)
            {
                case BsonDocument d when d.TryGetValue(part, out var next):
                    current = next;
                    break;
                case BsonArray a when int.TryParse(part, out var i) && i >= 0 && i < a.Count:
                    current = a[i];
                    break;
                default:
                    return null;
            }
        }

        return current;
    }
}
