using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$cond (array and object forms), $ifNull (several replacements) and $switch.</summary>
internal static class Conditional
{
    public static readonly OperatorTable Table = new(
        ("$cond", ParseCond),
        ("$ifNull", ParseIfNull),
        ("$switch", ParseSwitch));

    private static Expression ParseCond(string name, BsonValue argument)
    {
        Expression condition, then, otherwise;
        if (argument is BsonDocument d)
        {
            Expression? i = null, t = null, e = null;
            foreach (var element in d)
            {
                switch (element.Name)
                {
                    case "if":
                        i = ExpressionParser.Parse(element.Value);
                        break;
                    case "then":
                        t = ExpressionParser.Parse(element.Value);
                        break;
                    case "else":
                        e = ExpressionParser.Parse(element.Value);
                        break;
                    default:
                        throw Errors.Location(17083, $"Unrecognized parameter to $cond: {element.Name}");
                }
            }

            condition = i ?? throw Errors.Location(17080, "Missing 'if' parameter to $cond");
            then = t ?? throw Errors.Location(17081, "Missing 'then' parameter to $cond");
            otherwise = e ?? throw Errors.Location(17082, "Missing 'else' parameter to $cond");
        }
        else
        {
            var args = Args.Exactly(name, argument, 3);
            (condition, then, otherwise) = (args[0], args[1], args[2]);
        }

        return new FuncExpression(c => Values.IsTrue(condition.Evaluate(c)) ? then.Evaluate(c) : otherwise.Evaluate(c));
    }

    private static Expression ParseIfNull(string name, BsonValue argument)
    {
        var args = Args.List(argument);
        if (args.Length < 2)
        {
            throw Errors.Location(1257300, "$ifNull needs at least two arguments, had: " + args.Length);
        }

        return new FuncExpression(c =>
        {
            for (var i = 0; i < args.Length - 1; i++)
            {
                var value = args[i].Evaluate(c);
                if (!Values.IsNullish(value))
                {
                    return value;
                }
            }

            return args[^1].Evaluate(c);
        });
    }

    private static Expression ParseSwitch(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(40060, $"$switch requires an object as an argument, found: {Values.TypeName(argument)}");
        }

        var branches = new List<(Expression Case, Expression Then)>();
        Expression? fallback = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "branches":
                    if (element.Value is not BsonArray array)
                    {
                        throw Errors.Location(40061, $"$switch expected an array for 'branches', found: {Values.TypeName(element.Value)}");
                    }

                    foreach (var branch in array)
                    {
                        branches.Add(ParseBranch(branch));
                    }

                    break;
                case "default":
                    fallback = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(40067, $"$switch found an unknown argument: {element.Name}");
            }
        }

        if (branches.Count == 0)
        {
            throw Errors.Location(40068, "$switch requires at least one branch.");
        }

        var table = branches.ToArray();
        return new FuncExpression(c =>
        {
            foreach (var (test, then) in table)
            {
                if (Values.IsTrue(test.Evaluate(c)))
                {
                    return then.Evaluate(c);
                }
            }

            return fallback is null
                ? throw Errors.Location(40066, "$switch could not find a matching branch for an input, and no default was specified.")
                : fallback.Evaluate(c);
        });
    }

    private static (Expression, Expression) ParseBranch(BsonValue branch)
    {
        if (branch is not BsonDocument b)
        {
            throw Errors.Location(40062, $"$switch expected each branch to be an object, found: {Values.TypeName(branch)}");
        }

        Expression? test = null, then = null;
        foreach (var element in b)
        {
            switch (element.Name)
            {
                case "case":
                    test = ExpressionParser.Parse(element.Value);
                    break;
                case "then":
                    then = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(40063, $"$switch found an unknown argument to a branch: {element.Name}");
            }
        }

        return (test ?? throw Errors.Location(40064, "$switch requires each branch have a 'case' expression"),
            then ?? throw Errors.Location(40065, "$switch requires each branch have a 'then' expression."));
    }
}
