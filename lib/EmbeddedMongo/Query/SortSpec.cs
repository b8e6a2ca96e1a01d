using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// A parsed sort specification ({field: 1|-1, ...}) that orders documents in BSON order. An array
/// sorts by its smallest element ascending and its largest descending; dotted paths reach through
/// arrays of documents; a missing field sorts as null and an empty array before null.
/// </summary>
public sealed class SortSpec : IComparer<BsonDocument>
{
    private readonly SortKey[] keys;

    private SortSpec(SortKey[] keys, BsonDocument source)
    {
        this.keys = keys;
        Source = source;
    }

    public BsonDocument Source { get; }

    public static SortSpec? Parse(BsonDocument? spec)
    {
        if (spec is null || spec.ElementCount == 0)
        {
            return null;
        }

        var keys = new List<SortKey>();
        foreach (var element in spec)
        {
            if (element.Value is BsonDocument { ElementCount: > 0 } meta && meta.GetElement(0).Name == "$meta")
            {
                throw meta[0] is BsonString { Value: "textScore" }
                    ? Errors.Location(40218, "query requires text score metadata, but it is not available")
                    : Errors.Location(31138, $"Illegal $meta sort: {element.Value}");
            }

            var direction = element.Value switch
            {
                BsonInt32 { Value: 1 } or BsonInt64 { Value: 1 } or BsonDouble { Value: 1.0 } => 1,
                BsonInt32 { Value: -1 } or BsonInt64 { Value: -1 } or BsonDouble { Value: -1.0 } => -1,
                BsonDecimal128 d when Decimal128.ToDouble(d.Value) == 1.0 => 1,
                BsonDecimal128 d when Decimal128.ToDouble(d.Value) == -1.0 => -1,
                _ => throw Errors.Location(15975, "$sort key ordering must be 1 (for ascending) or -1 (for descending)"),
            };
            keys.Add(new SortKey(element.Name, direction));
        }

        return new SortSpec(keys.ToArray(), spec);
    }

    public int Compare(BsonDocument? x, BsonDocument? y)
    {
        foreach (var key in keys)
        {
            var c = BsonOrder.CompareValues(key.ValueOf(x!), key.ValueOf(y!));
            if (c != 0)
            {
                return key.Direction * c;
            }
        }

        return 0;
    }

    /// <summary>The value a document sorts by for each key, in order (for explain and merging).</summary>
    public BsonValue[] KeyOf(BsonDocument document) => keys.Select(k => k.ValueOf(document)).ToArray();

    private sealed class SortKey
    {
        private readonly string[] parts;

        public SortKey(string path, int direction)
        {
            parts = path.Split('.');
            Direction = direction;
        }

        public int Direction { get; }

        /// <summary>The sort value: the field itself, or over arrays the min (ascending) or max (descending) of what the path reaches.</summary>
        public BsonValue ValueOf(BsonDocument document)
        {
            // Fast path: no arrays on the way.
            BsonValue current = document;
            for (var i = 0; i < parts.Length; i++)
            {
                switch (current)
                {
                    case BsonDocument d:
                        if (!d.TryGetValue(parts[i], out current!))
                        {
                            return BsonNull.Value;
                        }

                        break;
                    case BsonArray:
                        return Reduce(current, i);
                    default:
                        return BsonNull.Value;
                }
            }

            return current is BsonArray ? Reduce(current, parts.Length) : current;
        }

        private BsonValue Reduce(BsonValue start, int index)
        {
            BsonValue? best = null;
            Visit(start, index, ref best);
            return best ?? BsonNull.Value;
        }

        private void Visit(BsonValue value, int index, ref BsonValue? best)
        {
            if (index == parts.Length)
            {
                if (value is BsonArray leaf)
                {
                    if (leaf.Count == 0)
                    {
                        Offer(BsonUndefined.Value, ref best);
                    }

                    foreach (var item in leaf)
                    {
                        Offer(item, ref best);
                    }

                    return;
                }

                Offer(value, ref best);
                return;
            }

            switch (value)
            {
                case BsonDocument d:
                    if (d.TryGetValue(parts[index], out var child))
                    {
                        Visit(child, index + 1, ref best);
                    }
                    else
                    {
                        Offer(BsonNull.Value, ref best);
                    }

                    break;
                case BsonArray array when int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position):
                    Visit(position < array.Count ? array[position] : BsonNull.Value, position < array.Count ? index + 1 : parts.Length, ref best);
                    break;
                case BsonArray array:
                    if (array.Count == 0)
                    {
                        Offer(BsonUndefined.Value, ref best);
                    }

                    foreach (var item in array)
                    {
                        Visit(item, index, ref best);
                    }

                    break;
                default:
                    Offer(BsonNull.Value, ref best);
                    break;
            }
        }

        private void Offer(BsonValue candidate, ref BsonValue? best)
        {
            best = Pick(candidate, best);
        }

        private BsonValue Pick(BsonValue candidate, BsonValue? best)
        {
            if (best is null)
            {
                return candidate;
            }

            var c = BsonOrder.CompareValues(candidate, best);
            return Direction > 0 ? (c < 0 ? candidate : best) : (c > 0 ? candidate : best);
        }
    }
}
