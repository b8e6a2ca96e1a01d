using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// A parsed query filter (the "query predicate" of find, update, delete and $match). Parse once,
/// match many documents. Unknown operators are errors (BadValue "unknown operator: $x").
/// </summary>
public sealed class Filter
{
    private readonly Func<BsonDocument, bool> predicate;

    private Filter(BsonDocument source, Func<BsonDocument, bool> predicate)
    {
        Source = source;
        this.predicate = predicate;
    }

    public BsonDocument Source { get; }

    public static readonly Filter MatchAll = new(new BsonDocument(), _ => true);

    public static Filter Parse(BsonDocument filter)
    {
        if (filter.ElementCount == 0)
        {
            return MatchAll;
        }

        var parts = new List<Func<BsonDocument, bool>>();
        foreach (var element in filter)
        {
            if (element.Name.StartsWith('$'))
            {
                throw Errors.BadValue($"unknown top level operator: {element.Name}");
            }

            var path = element.Name;
            var expected = element.Value;
            parts.Add(doc => PathEquals(doc, path, expected));
        }

        return new Filter(filter, doc => parts.TrueForAll(p => p(doc)));
    }

    public bool Matches(BsonDocument document) => predicate(document);

    private static bool PathEquals(BsonDocument document, string path, BsonValue expected)
    {
        var value = Storage.FieldPath.GetValue(document, path);
        if (value is null)
        {
            return expected.IsBsonNull;
        }

        if (BsonOrder.CompareValues(value, expected) == 0 && BsonOrder.Rank(value) == BsonOrder.Rank(expected))
        {
            return true;
        }

        return value is BsonArray array && array.Any(item => BsonOrder.Rank(item) == BsonOrder.Rank(expected) && BsonOrder.CompareValues(item, expected) == 0);
    }
}
