using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$let and $literal, plus the binding helper that $map, $filter and $reduce share.</summary>
internal static class Variables
{
    public static readonly OperatorTable Table = new(
        ("$let", ParseLet),
        ("$literal", (_, argument) => new LiteralExpression(argument)));

    /// <summary>Binds a variable (null stands for missing) and returns the value it shadowed, for <see cref="Restore"/>.</summary>
    public static (bool Had, BsonValue? Old) Bind(EvaluationContext context, string name, BsonValue? value)
    {
        var had = context.Variables.TryGetValue(name, out var old);
        context.Variables[name] = value!;
        return (had, old);
    }

    public static void Restore(EvaluationContext context, string name, (bool Had, BsonValue? Old) saved)
    {
        if (saved.Had)
        {
            context.Variables[name] = saved.Old!;
        }
        else
        {
            context.Variables.Remove(name);
        }
    }

    /// <summary>User variable names start with a lower-case letter or a non-ASCII character.</summary>
    public static string ValidateName(string name)
    {
        if (name.Length == 0)
        {
            throw Errors.Location(16866, "empty variable names are not allowed");
        }

        if (!(char.IsAsciiLetterLower(name[0]) || name[0] > 127))
        {
            throw Errors.Location(16867, $"'{name}' starts with an invalid character for a user variable name");
        }

        foreach (var ch in name)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_' || ch > 127))
            {
                throw Errors.Location(16868, $"'{name}' contains an invalid character for a variable name: '{ch}'");
            }
        }

        return name;
    }

    private static Expression ParseLet(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(16874, "$let only supports an object as its argument");
        }

        BsonDocument? vars = null;
        BsonValue? inSpec = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "vars":
                    vars = element.Value as BsonDocument ?? throw Errors.Location(10065, $"invalid parameter: expected an object (vars)");
                    break;
                case "in":
                    inSpec = element.Value;
                    break;
                default:
                    throw Errors.Location(16875, $"Unrecognized parameter to $let: {element.Name}");
            }
        }

        if (vars is null)
        {
            throw Errors.Location(16876, "Missing 'vars' parameter to $let");
        }

        if (inSpec is null)
        {
            throw Errors.Location(16877, "Missing 'in' parameter to $let");
        }

        // Like mongod: the variables are checked and parsed before the body that uses them.
        var bindings = vars.Select(e => (Name: ValidateName(e.Name), Value: ExpressionParser.Parse(e.Value))).ToArray();
        var body = ExpressionParser.Parse(inSpec);
        return new FuncExpression(c =>
        {
            var values = new BsonValue?[bindings.Length];
            for (var i = 0; i < bindings.Length; i++)
            {
                values[i] = bindings[i].Value.Evaluate(c);
            }

            var saved = new (bool, BsonValue?)[bindings.Length];
            for (var i = 0; i < bindings.Length; i++)
            {
                saved[i] = Bind(c, bindings[i].Name, values[i]);
            }

            try
            {
                return body.Evaluate(c);
            }
            finally
            {
                for (var i = bindings.Length - 1; i >= 0; i--)
                {
                    Restore(c, bindings[i].Name, saved[i]);
                }
            }
        });
    }
}
