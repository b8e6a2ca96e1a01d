using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// One node of a parsed filter: a logical combination, a predicate on a path, $expr or
/// $jsonSchema. Nodes are immutable after parsing and safe to share between threads.
/// </summary>
public abstract class MatchNode
{
    /// <param name="document">The document tested.</param>
    /// <param name="details">When not null, receives the array offset a path predicate matched at (for the positional projection).</param>
    public abstract bool Matches(BsonDocument document, MatchDetails? details);
}

/// <summary>What a match found besides yes/no: the array position that satisfied the query (the server's "elemMatchKey").</summary>
public sealed class MatchDetails
{
    /// <summary>The offset in the first array met on a matching path, or -1.</summary>
    public int ArrayOffset { get; set; } = -1;

    /// <summary>The path (split) whose predicate recorded <see cref="ArrayOffset"/>.</summary>
    public string[]? Path { get; set; }

    /// <summary>The let variables $expr can read ($$name), or null when none are in scope.</summary>
    public IReadOnlyDictionary<string, BsonValue>? Variables { get; init; }

    /// <summary>Details for a negated branch: the variables stay in scope, positions are not recorded.</summary>
    public static MatchDetails? ScopeOnly(MatchDetails? details)
        => details?.Variables is null ? null : new MatchDetails { Variables = details.Variables };
}

/// <summary>All children match ($and, and the implicit conjunction of a filter's fields).</summary>
public sealed class AndNode(MatchNode[] children) : MatchNode
{
    public MatchNode[] Children { get; } = children;

    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in Children)
        {
            if (!child.Matches(document, details))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>At least one child matches ($or).</summary>
public sealed class OrNode(MatchNode[] children) : MatchNode
{
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in children)
        {
            if (child.Matches(document, details))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>No child matches ($nor).</summary>
public sealed class NorNode(MatchNode[] children) : MatchNode
{
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in children)
        {
            if (child.Matches(document, MatchDetails.ScopeOnly(details)))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Negation at the path level: $ne, $nin, $not and $exists: false negate "some value on the path matches".</summary>
public sealed class NotNode(MatchNode child) : MatchNode
{
    public override bool Matches(BsonDocument document, MatchDetails? details) => !child.Matches(document, null);
}

/// <summary>A constant answer ($comment, $alwaysTrue, $all: []).</summary>
public sealed class ConstantNode(bool value) : MatchNode
{
    public static readonly ConstantNode True = new(true);

    public static readonly ConstantNode False = new(false);

    public override bool Matches(BsonDocument document, MatchDetails? details) => value;
}

/// <summary>$sampleRate: each document matches with the given probability.</summary>
public sealed class SampleNode(double rate) : MatchNode
{
    public override bool Matches(BsonDocument document, MatchDetails? details) => Random.Shared.NextDouble() < rate;
}
