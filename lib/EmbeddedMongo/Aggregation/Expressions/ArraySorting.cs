using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$sortArray {input, sortBy}: sortBy 1/-1 sorts whole values, a document sorts by fields (stable).</summary>
internal static class ArraySorting
{
    public static Expression Parse(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(2942500, $"$sortArray requires an object as an argument, found: {Values.TypeName(argument)}");
        }

        Expression? input = null;
        BsonValue? sortBy = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                case "sortBy":
                    sortBy = element.Value;
                    break;
                default:
                    throw Errors.Location(2942501, $"$sortArray found an unknown argument: {element.Name}");
            }
        }

        input = input ?? throw Errors.Location(2942502, "$sortArray requires 'input' to be specified");
        sortBy = sortBy ?? throw Errors.Location(2942503, "$sortArray requires 'sortBy' to be specified");
        var comparer = BuildComparer(sortBy);
        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray a)
            {
                throw Errors.Location(2942504, $"The input argument to $sortArray must be an array, but was of type: {Values.TypeName(value)}");
            }

            return new BsonArray(a.OrderBy(v => v, comparer));
        });
    }

    private static IComparer<BsonValue> BuildComparer(BsonValue sortBy)
    {
        if (Values.IsNumber(sortBy))
        {
            var direction = Direction(sortBy);
            return Comparer<BsonValue>.Create((x, y) => direction * Comparison.Compare(x, y));
        }

        if (sortBy is not BsonDocument spec || spec.ElementCount == 0)
        {
            throw Errors.Location(2942505, "$sortArray requires sortBy to be either 1, -1, or a non-empty sort pattern document");
        }

        var keys = spec.Select(e => (Path: e.Name.Split('.'), Direction: Direction(e.Value))).ToArray();
        return Comparer<BsonValue>.Create((x, y) =>
        {
            foreach (var (path, direction) in keys)
            {
                var c = Comparison.Compare(SortKey(x, path, direction), SortKey(y, path, direction));
                if (c != 0)
                {
                    return direction * c;
                }
            }

            return 0;
        });
    }

    /// <summary>A field's sort key; through arrays the smallest (ascending) or largest (descending) element counts.</summary>
    private static BsonValue SortKey(BsonValue value, string[] path, int direction)
    {
        var found = FieldPathExpression.Walk(value is BsonDocument ? value : null, path, 0) ?? BsonNull.Value;
        if (found is BsonArray a && a.Count > 0)
        {
            return direction > 0 ? a.Min(Comparer<BsonValue>.Create(Comparison.Compare))! : a.Max(Comparer<BsonValue>.Create(Comparison.Compare))!;
        }

        return found;
    }

    private static int Direction(BsonValue v)
    {
        if (Values.TryGetInt(v, out var d) && d is 1 or -1)
        {
            return d;
        }

        throw Errors.Location(15975, "$sort key ordering must be 1 (for ascending) or -1 (for descending)");
    }
}
