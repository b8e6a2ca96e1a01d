using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$firstN, $lastN, $maxN, $minN in their array forms: {n, input}.</summary>
internal static class ArrayN
{
    public enum Kind
    {
        First,
        Last,
        Max,
        Min,
    }

    public static Expression Parse(string name, BsonValue argument, Kind kind)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(5787801, $"specification must be an object; found {Values.TypeName(argument)}");
        }

        Expression? n = null, input = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "n":
                    n = ExpressionParser.Parse(element.Value);
                    break;
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(5787901, $"Unknown argument for 'n' operator: {element.Name}");
            }
        }

        n = n ?? throw Errors.Location(5787906, "Missing value for 'n'");
        input = input ?? throw Errors.Location(5787907, "Missing value for 'input'");
        return new FuncExpression(c =>
        {
            var count = N(name, n.Evaluate(c));
            var value = input.Evaluate(c);
            if (value is not BsonArray a)
            {
                throw Errors.Location(5788200, $"Input must be an array");
            }

            IEnumerable<BsonValue> items = kind switch
            {
                Kind.First => a.Take(count),
                Kind.Last => a.Skip(Math.Max(0, a.Count - count)),
                Kind.Max => a.Where(v => !Values.IsNullish(v)).OrderByDescending(v => v, Comparer<BsonValue>.Create(Comparison.Compare)).Take(count),
                _ => a.Where(v => !Values.IsNullish(v)).OrderBy(v => v, Comparer<BsonValue>.Create(Comparison.Compare)).Take(count),
            };
            return new BsonArray(items);
        });
    }

    private static int N(string name, BsonValue? v)
    {
        if (!Values.IsNumber(v) || !Values.TryGetLong(v, out var n))
        {
            throw Errors.Location(5787902, $"Value for 'n' must be of integral type, but found {Values.Render(v)}");
        }

        if (n <= 0)
        {
            throw Errors.Location(5787908, $"'n' must be greater than 0, found {n}");
        }

        return (int)Math.Min(n, int.MaxValue);
    }
}
