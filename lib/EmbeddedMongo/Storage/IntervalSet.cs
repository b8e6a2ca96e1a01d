using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Sorted, non-overlapping intervals a key field must fall in (an empty set matches nothing).</summary>
public sealed class IntervalSet
{
    public IntervalSet(IEnumerable<Interval> intervals)
    {
        var sorted = intervals.Where(i => !i.IsEmpty)
            .OrderBy(i => i.Low, BsonOrder.Instance)
            .ToList();
        var merged = new List<Interval>();
        foreach (var interval in sorted)
        {
            if (merged.Count > 0 && merged[^1].IsPoint && interval.IsPoint && BsonOrder.CompareValues(merged[^1].Low, interval.Low) == 0)
            {
                continue;
            }

            merged.Add(interval);
        }

        Intervals = merged;
    }

    public static readonly IntervalSet Full = new([Interval.Full]);

    public IReadOnlyList<Interval> Intervals { get; }

    public bool IsFull => Intervals.Count == 1 && Intervals[0].IsFull;

    public bool IsEmpty => Intervals.Count == 0;

    public bool AllPoints => Intervals.Count > 0 && Intervals.All(i => i.IsPoint);

    /// <summary>True when this set is narrower than a union of whole types: equality or $in.</summary>
    public bool Contains(BsonValue value)
    {
        foreach (var interval in Intervals)
        {
            if (interval.Contains(value))
            {
                return true;
            }
        }

        return false;
    }

    public IntervalSet Intersect(IntervalSet other)
    {
        var result = new List<Interval>();
        foreach (var a in Intervals)
        {
            foreach (var b in other.Intervals)
            {
                if (a.Intersect(b) is { } both)
                {
                    result.Add(both);
                }
            }
        }

        return new IntervalSet(result);
    }

    /// <summary>The intervals in index order: ascending, or descending for a descending key field.</summary>
    public IEnumerable<Interval> InIndexOrder(int direction) => direction < 0 ? Intervals.Reverse() : Intervals;

    public BsonArray Render(int direction) => new(InIndexOrder(direction).Select(i => (BsonValue)i.Render(direction < 0)));
}
