using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>One index considered for a query: its per-field bounds and what it offers (bound fields, sort).</summary>
public sealed class IndexChoice
{
    private IndexChoice(IndexStore index, IntervalSet?[] bounds)
    {
        Index = index;
        Bounds = bounds;
    }

    public IndexStore Index { get; }

    /// <summary>Per key field, the intervals its key must fall in (null: unbounded).</summary>
    public IntervalSet?[] Bounds { get; }

    /// <summary>Leading key fields bounded by equality or $in.</summary>
    public int PointPrefix { get; private init; }

    /// <summary>Leading key fields with any bound: the point prefix plus one range field.</summary>
    public int BoundFields { get; private init; }

    public bool ProvidesSort { get; private init; }

    /// <summary>1 to scan the index forward for the sort, -1 to scan it backward.</summary>
    public int SortDirection { get; private init; } = 1;

    public static IndexChoice For(IndexStore index, Dictionary<string, List<IntervalSet>> predicates, (string Path, int Direction)[] sort)
    {
        var n = index.Paths.Length;
        var bounds = new IntervalSet?[n];
        for (var i = 0; i < n; i++)
        {
            bounds[i] = PredicateBounds.Combine(predicates.GetValueOrDefault(index.Paths[i]), index.MultikeyPaths[i]);
        }

        var pointPrefix = 0;
        while (pointPrefix < n && bounds[pointPrefix] is { AllPoints: true })
        {
            pointPrefix++;
        }

        var boundFields = pointPrefix + (pointPrefix < n && bounds[pointPrefix] is not null ? 1 : 0);
        var singlePoints = 0;
        while (singlePoints < n && bounds[singlePoints] is { AllPoints: true, Intervals.Count: 1 })
        {
            singlePoints++;
        }

        var (provides, direction) = SortOrder(index, sort, singlePoints);
        return new IndexChoice(index, bounds)
        {
            PointPrefix = pointPrefix,
            BoundFields = boundFields,
            ProvidesSort = provides,
            SortDirection = direction,
        };
    }

    /// <summary>
    /// Whether the index holds every document the filter can match: a sparse index needs a bound
    /// (which no missing field satisfies), a partial index needs a filter that implies its own.
    /// </summary>
    public bool Eligible(BsonDocument filter, Dictionary<string, List<IntervalSet>> predicates)
    {
        if (Index.Sparse && BoundFields == 0)
        {
            return false;
        }

        return Index.PartialFilterExpression is not { } partial || Implies(filter, predicates, partial);
    }

    public bool IsBetterThan(IndexChoice other)
    {
        int[] mine = [BoundFields, PointPrefix, Index.Unique ? 1 : 0, ProvidesSort ? 1 : 0, -Index.Paths.Length];
        int[] theirs = [other.BoundFields, other.PointPrefix, other.Index.Unique ? 1 : 0, other.ProvidesSort ? 1 : 0, -other.Index.Paths.Length];
        for (var i = 0; i < mine.Length; i++)
        {
            if (mine[i] != theirs[i])
            {
                return mine[i] > theirs[i];
            }
        }

        return false;
    }

    private static (bool, int) SortOrder(IndexStore index, (string Path, int Direction)[] sort, int singlePoints)
    {
        if (sort.Length == 0)
        {
            return (false, 1);
        }

        for (var start = 0; start <= singlePoints && start + sort.Length <= index.Paths.Length; start++)
        {
            var direction = 0;
            var ok = true;
            for (var t = 0; t < sort.Length && ok; t++)
            {
                var field = start + t;
                var relative = index.Directions[field] * sort[t].Direction;
                ok = index.Paths[field] == sort[t].Path && !index.MultikeyPaths[field] && (direction == 0 || direction == relative);
                direction = relative;
            }

            if (ok)
            {
                return (true, direction);
            }
        }

        return (false, 1);
    }

    /// <summary>
    /// A conservative "filter implies partialFilterExpression": each top-level condition of the
    /// partial filter appears verbatim in the filter, or the filter's equality value on that path
    /// satisfies it.
    /// </summary>
    private static bool Implies(BsonDocument filter, Dictionary<string, List<IntervalSet>> predicates, BsonDocument partial)
    {
        foreach (var condition in partial)
        {
            if (filter.TryGetValue(condition.Name, out var mine) && mine.Equals(condition.Value))
            {
                continue;
            }

            if (condition.Name.StartsWith('$') || !predicates.TryGetValue(condition.Name, out var sets))
            {
                return false;
            }

            var single = new BsonDocument(condition.Name, condition.Value);
            var check = Filter.Parse(single);
            var implied = sets.Any(set => set.AllPoints && set.Intervals.All(p => check.Matches(Nest(condition.Name, p.Low))));
            if (!implied)
            {
                return false;
            }
        }

        return true;
    }

    private static BsonDocument Nest(string path, BsonValue value)
    {
        var parts = path.Split('.');
        BsonValue current = value;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            current = new BsonDocument(parts[i], current);
        }

        return current.AsBsonDocument;
    }
}
