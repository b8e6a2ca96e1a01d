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
    private readonly IReadOnlyDictionary<string, BsonValue>? variables;

    private Filter(BsonDocument source, MatchNode root, IReadOnlyDictionary<string, BsonValue>? variables = null)
    {
        Source = source;
        this.root = root;
        this.variables = variables is { Count: > 0 } ? variables : null;
    }

    public BsonDocument Source { get; }

    public static readonly Filter MatchAll = new(new BsonDocument(), ConstantNode.True);

    /// <summary>Parses a filter; $expr's $$NOW is the time of parsing.</summary>
    public static Filter Parse(BsonDocument filter) => Parse(filter, DateTime.UtcNow);

    public static Filter Parse(BsonDocument filter, DateTime now)
        => filter.ElementCount == 0 ? MatchAll : new Filter(filter, FilterParser.Parse(filter, now));

    /// <summary>Parses a filter whose $expr may read the command's let variables ($$name).</summary>
    public static Filter Parse(BsonDocument filter, IReadOnlyDictionary<string, BsonValue>? variables)
        => filter.ElementCount == 0 ? MatchAll : new Filter(filter, FilterParser.Parse(filter, DateTime.UtcNow), variables);

    public bool Matches(BsonDocument document) => root.Matches(document, Details(variables));

    /// <summary>Matches with the variables of the running pipeline ($lookup let, aggregate let) in scope of $expr.</summary>
    public bool Matches(BsonDocument document, IReadOnlyDictionary<string, BsonValue> scope)
        => root.Matches(document, Details(scope.Count > 0 ? scope : variables));

    private static MatchDetails? Details(IReadOnlyDictionary<string, BsonValue>? scope)
        => scope is null ? null : new MatchDetails { Variables = scope };

    /// <summary>
    /// Matches and reports the position in the first array of a matching path (what the positional
    /// projection "field.$" and update "field.$" use), or -1 when no array position decided the match.
    /// </summary>
    public bool Matches(BsonDocument document, out int arrayOffset, out string[]? arrayPath)
    {
        var details = new MatchDetails { Variables = variables };
        var matched = root.Matches(document, details);
        arrayOffset = details.ArrayOffset;
        arrayPath = details.Path;
        return matched;
    }
}
