using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// The values a $lookup equality join compares: on the local side every value at the path with
/// arrays expanded (none at all counts as null); on the foreign side every value a query
/// {foreignField: v} would match (array elements and the array itself; missing as null).
/// </summary>
public static class JoinValues
{
    public static void Local(BsonDocument document, string[] parts, List<BsonValue> output)
    {
        output.Clear();
        Collect(document, parts, 0, output, includeArrays: false);
        if (output.Count == 0)
        {
            output.Add(BsonNull.Value);
        }
    }

    public static void Foreign(BsonDocument document, string[] parts, List<BsonValue> output)
    {
        output.Clear();
        Collect(document, parts, 0, output, includeArrays: true);
        if (output.Count == 0)
        {
            output.Add(BsonNull.Value);
        }
    }

    private static void Collect(BsonValue value, string[] parts, int index, List<BsonValue> output, bool includeArrays)
    {
        if (index == parts.Length)
        {
            if (value is BsonArray leaf)
            {
                if (includeArrays)
                {
                    output.Add(leaf);
                }

                output.AddRange(leaf);
            }
            else
            {
                output.Add(value.IsBsonUndefined ? BsonNull.Value : value);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(parts[index], out var child))
                {
                    Collect(child, parts, index + 1, output, includeArrays);
                }

                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        Collect(item, parts, index, output, includeArrays);
                    }
                }

                break;
        }
    }

    /// <summary>A hash index of foreign documents by join value (BSON equality), built once per execution.</summary>
    public sealed class Index
    {
        private readonly Dictionary<BsonValue, List<int>> positions = new(BsonOrder.Instance);

        public Index(IReadOnlyList<BsonDocument> documents, string[] foreignParts)
        {
            Documents = documents;
            var values = new List<BsonValue>();
            var seen = new HashSet<BsonValue>(BsonOrder.Instance);
            for (var i = 0; i < documents.Count; i++)
            {
                Foreign(documents[i], foreignParts, values);
                seen.Clear();
                foreach (var value in values)
                {
                    if (!seen.Add(value))
                    {
                        continue;
                    }

                    if (!positions.TryGetValue(value, out var list))
                    {
                        list = [];
                        positions.Add(value, list);
                    }

                    list.Add(i);
                }
            }
        }

        public IReadOnlyList<BsonDocument> Documents { get; }

        /// <summary>The foreign documents matching any of the local values, in the foreign collection's order.</summary>
        public List<BsonDocument> Match(List<BsonValue> localValues)
        {
            if (localValues.Count == 1)
            {
                return positions.TryGetValue(localValues[0], out var single) ? single.ConvertAll(i => Documents[i]) : [];
            }

            var matched = new SortedSet<int>();
            foreach (var value in localValues)
            {
                if (positions.TryGetValue(value, out var list))
                {
                    matched.UnionWith(list);
                }
            }

            return matched.Select(i => Documents[i]).ToList();
        }
    }
}
