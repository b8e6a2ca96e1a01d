using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// A parsed query filter (the "query predicate" of find, update, delete, count, distinct and
/// $match). Parse once into a tree of matchers, match many documents. Unknown operators are
/// errors (BadValue "unknown operator: $x" / "unknown top level operator: $x").
/// </summary>
public sealed class Filter
{
    private readonly MatchNode root;

    private Filter(BsonDocument source, MatchNode root)
    {
        Source = source;
        this.root = root;
    }

    public BsonDocument Source { get; }

    public static readonly Filter MatchAll = new(new BsonDocument(), ConstantNode.True);

    /// <summary>Parses a filter; $expr's $$NOW is the time of parsing.</summary>
    public static Filter Parse(BsonDocument filter) => Parse(filter, DateTime.UtcNow);

    public static Filter Parse(BsonDocument filter, DateTime now)
        => filter.ElementCount == 0 ? MatchAll : new Filter(filter, FilterParser.Parse(filter, now));

    public bool Matches(BsonDocument document) => root.Matches(document, null);

    /// <summary>
    /// Matches and reports the position in the first array of a matching path (what the positional
    /// projection "field.$" and update "field.$" use), or -1 when no array position decided the match.
    /// </summary>
    public bool Matches(BsonDocument document, out int arrayOffset, out string[]? arrayPath)
    {
        var details = new MatchDetails();
        var matched = root.Matches(document, details);
        arrayOffset = details.ArrayOffset;
        arrayPath = details.Path;
        return matched;
    }
}
