using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// Set expressions: arrays treated as sets (duplicates ignored). $setUnion and $setIntersection
/// answer in BSON order, as the server's ordered value sets do (the manual's outputs show
/// ["orchid", "rose"]); $setDifference keeps the first array's order.
/// </summary>
internal static class SetOperators
{
    public static readonly OperatorTable Table = new(
        ("$allElementsTrue", Op.Unary(v => Values.Bool(ArrayArg("$allElementsTrue", v, 17040).All(Values.IsTrue)))),
        ("$anyElementTrue", Op.Unary(v => Values.Bool(ArrayArg("$anyElementTrue", v, 17041).Any(Values.IsTrue)))),
        ("$setDifference", Op.Binary(Difference)),
        ("$setEquals", ParseSetEquals),
        ("$setIntersection", Op.Nary(Intersection)),
        ("$setIsSubset", Op.Binary(IsSubset)),
        ("$setUnion", Op.Nary(Union)));

    private static BsonArray ArrayArg(string name, BsonValue? v, int code)
        => v as BsonArray ?? throw Errors.Location(code, $"{name}'s argument must be an array, but is {Values.TypeName(v)}");

    private static HashSet<BsonValue> NewSet(IEnumerable<BsonValue>? items = null)
        => items is null ? new HashSet<BsonValue>(BsonOrder.Instance) : new HashSet<BsonValue>(items, BsonOrder.Instance);

    private static BsonValue Union(BsonValue?[] values)
    {
        var seen = NewSet();
        var result = new BsonArray();
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                return BsonNull.Value;
            }

            if (v is not BsonArray a)
            {
                throw Errors.Location(17043, $"All operands of $setUnion must be arrays. One argument is of type: {Values.TypeName(v)}");
            }

            foreach (var item in a)
            {
                if (seen.Add(item))
                {
                    result.Add(item);
                }
            }
        }

        return Sorted(result);
    }

    private static BsonArray Sorted(BsonArray values) => new(values.OrderBy(v => v, BsonOrder.Instance));

    private static BsonValue Intersection(BsonValue?[] values)
    {
        HashSet<BsonValue>? current = null;
        BsonArray? order = null;
        var sawNull = false;
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                sawNull = true;
                continue;
            }

            if (v is not BsonArray a)
            {
                throw Errors.Location(17047, $"All operands of $setIntersection must be arrays. One argument is of type: {Values.TypeName(v)}");
            }

            if (current is null)
            {
                current = NewSet(a);
                order = a;
            }
            else
            {
                current.IntersectWith(a);
            }
        }

        if (sawNull)
        {
            return BsonNull.Value;
        }

        var result = new BsonArray();
        if (current is not null)
        {
            var emitted = NewSet();
            foreach (var item in order!)
            {
                if (current.Contains(item) && emitted.Add(item))
                {
                    result.Add(item);
                }
            }
        }

        return Sorted(result);
    }

    private static BsonValue Difference(BsonValue? first, BsonValue? second)
    {
        if (Values.IsNullish(first) || Values.IsNullish(second))
        {
            return BsonNull.Value;
        }

        if (first is not BsonArray a)
        {
            throw Errors.Location(17048, $"both operands of $setDifference must be arrays. First argument is of type: {Values.TypeName(first)}");
        }

        if (second is not BsonArray b)
        {
            throw Errors.Location(17049, $"both operands of $setDifference must be arrays. Second argument is of type: {Values.TypeName(second)}");
        }

        var exclude = NewSet(b);
        var emitted = NewSet();
        var result = new BsonArray();
        foreach (var item in a)
        {
            if (!exclude.Contains(item) && emitted.Add(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static BsonValue IsSubset(BsonValue? first, BsonValue? second)
    {
        if (first is not BsonArray a)
        {
            throw Errors.Location(17046, $"both operands of $setIsSubset must be arrays. First argument is of type: {Values.TypeName(first)}");
        }

        if (second is not BsonArray b)
        {
            throw Errors.Location(17042, $"both operands of $setIsSubset must be arrays. Second argument is of type: {Values.TypeName(second)}");
        }

        var superset = NewSet(b);
        return Values.Bool(a.All(superset.Contains));
    }

    private static Expression ParseSetEquals(string name, BsonValue argument)
    {
        var args = Args.List(argument);
        if (args.Length < 2)
        {
            // The server words this one without the comma that $ifNull has.
            throw Errors.Location(17045, $"$setEquals needs at least two arguments had: {args.Length}");
        }

        return new NaryEquals(args);
    }

    private sealed class NaryEquals(Expression[] args) : Expression
    {
        public override BsonValue? Evaluate(EvaluationContext context)
        {
            HashSet<BsonValue>? first = null;
            foreach (var arg in args)
            {
                var v = arg.Evaluate(context);
                if (v is not BsonArray a)
                {
                    throw Errors.Location(17044, $"All operands of $setEquals must be arrays. One argument is of type: {Values.TypeName(v)}");
                }

                var set = NewSet(a);
                if (first is null)
                {
                    first = set;
                }
                else if (!first.SetEquals(set))
                {
                    return Values.False;
                }
            }

            return Values.True;
        }
    }
}
