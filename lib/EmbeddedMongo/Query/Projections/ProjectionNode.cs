using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Projections;

/// <summary>What a projection does with one path.</summary>
public enum ProjectionKind
{
    /// <summary>An inner node: its children say what to do below it.</summary>
    Path,
    Include,
    Exclude,
    Compute,
    Slice,
    ElemMatch,
    Positional,
}

/// <summary>One field of a projection tree ({"a.b": 1, "a.c": 0} has a node "a" with children "b" and "c").</summary>
public sealed class ProjectionNode
{
    private readonly List<(string Name, ProjectionNode Node)> children = [];
    private readonly Dictionary<string, ProjectionNode> byName = new(StringComparer.Ordinal);

    public ProjectionKind Kind { get; set; } = ProjectionKind.Path;

    public IReadOnlyList<(string Name, ProjectionNode Node)> Children => children;

    public Expression? Expression { get; set; }

    public int SliceSkip { get; set; }

    public int? SliceLimit { get; set; }

    public ValuePredicate? ElemMatch { get; set; }

    /// <summary>Whether a computed field lives in this subtree (a missing parent is then created).</summary>
    public bool HasComputed { get; set; }

    public bool TryGetChild(string name, out ProjectionNode node) => byName.TryGetValue(name, out node!);

    public ProjectionNode AddChild(string name)
    {
        var node = new ProjectionNode();
        children.Add((name, node));
        byName[name] = node;
        return node;
    }

    /// <summary>Applies $slice: n (first n, or last -n) or [skip, limit] to an array; other values pass unchanged.</summary>
    public BsonValue Slice(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            return value;
        }

        int start;
        int count;
        if (SliceLimit is { } limit)
        {
            start = SliceSkip >= 0 ? Math.Min(SliceSkip, array.Count) : Math.Max(array.Count + SliceSkip, 0);
            count = Math.Min(limit, array.Count - start);
        }
        else if (SliceSkip >= 0)
        {
            start = 0;
            count = Math.Min(SliceSkip, array.Count);
        }
        else
        {
            start = Math.Max(array.Count + SliceSkip, 0);
            count = array.Count - start;
        }

        var result = new BsonArray(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(array[start + i]);
        }

        return result;
    }

    /// <summary>The first element the $elemMatch projection accepts, as a one-element array; null when none.</summary>
    public BsonValue? FirstElemMatch(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            return null;
        }

        foreach (var element in array)
        {
            if (ElemMatch!.Test(new BsonArray(1) { element }))
            {
                return new BsonArray(1) { element };
            }
        }

        return null;
    }
}
