using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Reads the index bounds a filter allows, per dotted path: equality and <c>$in</c> give points,
/// <c>$gt/$gte/$lt/$lte</c> give type-bracketed ranges. Only conjunctions are used (top level and
/// <c>$and</c>); anything else ($or, $ne, $regex, null, arrays...) simply gives no bound, since
/// the full filter is always applied again to every fetched document.
/// </summary>
public static class PredicateBounds
{
    /// <summary>Every bound found on each path, one interval set per predicate.</summary>
    public static Dictionary<string, List<IntervalSet>> Extract(BsonDocument filter)
    {
        var result = new Dictionary<string, List<IntervalSet>>(StringComparer.Ordinal);
        Collect(filter, result);
        return result;
    }

    /// <summary>The bounds for one key field: all predicates intersected, or for a multikey path only the first.</summary>
    public static IntervalSet? Combine(List<IntervalSet>? predicates, bool multikey)
    {
        if (predicates is null || predicates.Count == 0)
        {
            return null;
        }

        if (multikey)
        {
            // Different array elements may satisfy different predicates: intersecting would lose documents.
            return predicates.FirstOrDefault(p => p.AllPoints) ?? predicates[0];
        }

        var combined = predicates[0];
        for (var i = 1; i < predicates.Count; i++)
        {
            combined = combined.Intersect(predicates[i]);
        }

        return combined;
    }

    private static void Collect(BsonDocument filter, Dictionary<string, List<IntervalSet>> output)
    {
        foreach (var element in filter)
        {
            if (element.Name == "$and" && element.Value is BsonArray clauses)
            {
                foreach (var clause in clauses)
                {
                    if (clause is BsonDocument clauseDocument)
                    {
                        Collect(clauseDocument, output);
                    }
                }

                continue;
            }

            if (element.Name.StartsWith('$'))
            {
                continue;
            }

            if (IsOperatorDocument(element.Value, out var operators))
            {
                foreach (var op in operators)
                {
                    if (ForOperator(op.Name, op.Value) is { } set)
                    {
                        Add(output, element.Name, set);
                    }
                }
            }
            else if (IsIndexableValue(element.Value))
            {
                Add(output, element.Name, new IntervalSet([Interval.Point(element.Value)]));
            }
        }
    }

    private static void Add(Dictionary<string, List<IntervalSet>> output, string path, IntervalSet set)
    {
        if (!output.TryGetValue(path, out var list))
        {
            list = [];
            output[path] = list;
        }

        list.Add(set);
    }

    private static bool IsOperatorDocument(BsonValue value, out BsonDocument operators)
    {
        operators = value as BsonDocument ?? [];
        return value is BsonDocument d && d.ElementCount > 0 && d.GetElement(0).Name.StartsWith('$');
    }

    private static IntervalSet? ForOperator(string op, BsonValue value) => op switch
    {
        "$eq" when IsIndexableValue(value) => new IntervalSet([Interval.Point(value)]),
        "$in" when value is BsonArray list && list.All(IsIndexableValue) => new IntervalSet(list.Select(Interval.Point)),
        "$gt" => Range(value, low: true, inclusive: false),
        "$gte" => Range(value, low: true, inclusive: true),
        "$lt" => Range(value, low: false, inclusive: false),
        "$lte" => Range(value, low: false, inclusive: true),
        _ => null,
    };

    /// <summary>Values whose equality match is exactly "the index key equals it".</summary>
    private static bool IsIndexableValue(BsonValue value) => value switch
    {
        BsonNull or BsonUndefined or BsonArray or BsonRegularExpression or BsonMinKey or BsonMaxKey => false,
        BsonDocument d => d.ElementCount == 0 || !d.GetElement(0).Name.StartsWith('$'),
        BsonDouble d => !double.IsNaN(d.Value),
        BsonDecimal128 m => !Decimal128.IsNaN(m.Value),
        _ => true,
    };

    private static IntervalSet? Range(BsonValue value, bool low, bool inclusive)
    {
        if (!IsIndexableValue(value) || TypeBracket(value) is not var (min, minInclusive, max, maxInclusive))
        {
            return null;
        }

        var interval = low
            ? new Interval(value, inclusive, max, maxInclusive)
            : new Interval(min, minInclusive, value, inclusive);
        return new IntervalSet([interval]);
    }

    /// <summary>The smallest and largest keys of the value's type (comparisons never cross types).</summary>
    private static (BsonValue Min, bool MinInclusive, BsonValue Max, bool MaxInclusive)? TypeBracket(BsonValue value) => BsonOrder.Rank(value) switch
    {
        10 => (new BsonDouble(double.NegativeInfinity), true, new BsonDouble(double.PositiveInfinity), true),
        15 => (new BsonString(string.Empty), true, new BsonDocument(), false),
        35 => (new BsonObjectId(ObjectId.Empty), true, new BsonObjectId(new ObjectId("ffffffffffffffffffffffff")), true),
        40 => (BsonBoolean.False, true, BsonBoolean.True, true),
        45 => (new BsonDateTime(long.MinValue), true, new BsonDateTime(long.MaxValue), true),
        47 => (new BsonTimestamp(0), true, new BsonTimestamp(-1), true),
        _ => null,
    };
}
