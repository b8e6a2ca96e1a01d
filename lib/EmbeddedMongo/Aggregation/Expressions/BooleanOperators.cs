using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$and, $or (short-circuit) and $not over aggregation truthiness.</summary>
internal static class BooleanOperators
{
    public static readonly OperatorTable Table = new(
        ("$and", Op.Lazy(And)),
        ("$not", Op.Unary(v => Values.Bool(!Values.IsTrue(v)))),
        ("$or", Op.Lazy(Or)));

    private static BsonValue And(EvaluationContext context, Expression[] args)
    {
        foreach (var arg in args)
        {
            if (!Values.IsTrue(arg.Evaluate(context)))
            {
                return Values.False;
            }
        }

        return Values.True;
    }

    private static BsonValue Or(EvaluationContext context, Expression[] args)
    {
        foreach (var arg in args)
        {
            if (Values.IsTrue(arg.Evaluate(context)))
            {
                return Values.True;
            }
        }

        return Values.False;
    }
}
