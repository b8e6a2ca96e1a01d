using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>The 'n' of the N accumulators: an expression evaluated once per group, a positive integer.</summary>
public static class NParameter
{
    /// <summary>Reads {n, input} of $firstN, $lastN, $maxN, $minN with the server's codes.</summary>
    public static (Expression N, Expression Input) ParseNInput(BsonValue argument, string op, int notObjectCode)
    {
        if (argument is not BsonDocument spec)
        {
            throw Errors.Location(notObjectCode, $"specification must be an object; found {op}: {argument}");
        }

        Expression? n = null, input = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "n":
                    n = Expression.Parse(element.Value);
                    break;
                case "input":
                    input = Expression.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(5787901, $"Unknown argument for 'n' operator: {element.Name}");
            }
        }

        return (n ?? throw Errors.Location(5787906, "Missing value for 'n'"), input ?? throw Errors.Location(5787907, "Missing value for 'input'"));
    }

    public static long Evaluate(Expression n, EvaluationContext context)
    {
        var value = n.Evaluate(context) ?? BsonNull.Value;
        if (!BsonOrder.IsNumber(value))
        {
            throw Errors.Location(5787902, $"Value for 'n' must be of integral type, but found {Errors.RenderForMessage(value)}");
        }

        var d = Numeric.ToDouble(value);
        if (d != Math.Floor(d) || double.IsInfinity(d))
        {
            throw Errors.Location(5787903, $"Value for 'n' must be of integral type, but found {value}");
        }

        var result = (long)d;
        if (result <= 0)
        {
            throw Errors.Location(5787908, $"'n' must be greater than 0, found {result}");
        }

        return result;
    }
}
