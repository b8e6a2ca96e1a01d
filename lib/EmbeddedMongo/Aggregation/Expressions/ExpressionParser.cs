using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// Turns expression specifications into <see cref="Expression"/> trees, once per pipeline. Operators are
/// found at parse time in the sorted table of their family, so evaluation never looks at a name again.
/// </summary>
public static class ExpressionParser
{
    private static readonly OperatorTable[] Families =
    [
        Arithmetic.Table, ArrayOperators.Table, ArrayHigherOrder.Table, BooleanOperators.Table, Comparison.Table,
        Conditional.Table, DateParts.Table, DateFormatting.Table, DateArithmetic.Table, ObjectOperators.Table,
        SetOperators.Table, Statistics.Table, StringOperators.Table, RegexOperators.Table, TypeOperators.Table,
        Variables.Table, Trigonometry.Table, DataSize.Table, TimestampParts.Table,
    ];

    public static Expression Parse(BsonValue spec) => spec switch
    {
        BsonString s when s.Value.StartsWith('$') => ParseFieldPathOrVariable(s.Value),
        BsonDocument d => ParseObject(d),
        BsonArray a => new ArrayExpression(a.Select(Parse).ToArray()),
        _ => new LiteralExpression(spec),
    };

    /// <summary>Whether a name is a known expression operator (for callers that must tell operators from fields).</summary>
    public static bool IsOperator(string name) => Families.Any(f => f.TryGet(name, out _));

    private static Expression ParseObject(BsonDocument d)
    {
        if (d.ElementCount > 0 && d.GetElement(0).Name.StartsWith('$'))
        {
            if (d.ElementCount > 1)
            {
                throw Errors.Location(15983, $"an expression specification must contain exactly one field, the name of the expression. Found {d.ElementCount} fields in {d}, while parsing object {d}");
            }

            var element = d.GetElement(0);
            foreach (var family in Families)
            {
                if (family.TryGet(element.Name, out var parser))
                {
                    return parser(element.Name, element.Value);
                }
            }

            throw Errors.InvalidPipelineOperator($"Unrecognized expression '{element.Name}'");
        }

        var fields = new List<(string, Expression)>(d.ElementCount);
        foreach (var element in d)
        {
            ValidateFieldName(element.Name);
            fields.Add((element.Name, Parse(element.Value)));
        }

        return new ObjectExpression(fields.ToArray());
    }

    internal static void ValidateFieldName(string name)
    {
        if (name.Length == 0)
        {
            throw Errors.Location(16410, "FieldPath cannot be constructed with empty string");
        }

        if (name[0] == '$')
        {
            throw Errors.Location(16410, $"FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        if (name.Contains('.'))
        {
            throw Errors.Location(16412, "FieldPath field names may not contain '.'. Consider using $getField or $setField.");
        }
    }

    private static Expression ParseFieldPathOrVariable(string text)
    {
        if (text.StartsWith("$$", StringComparison.Ordinal))
        {
            var body = text[2..];
            var dot = body.IndexOf('.');
            var name = dot < 0 ? body : body[..dot];
            var rest = dot < 0 ? [] : SplitPath(body[(dot + 1)..], text);
            if (name.Length == 0)
            {
                throw Errors.Location(16869, "empty variable names are not allowed");
            }

            return name switch
            {
                "ROOT" => new FieldPathExpression(rest, fromRoot: true),
                "CURRENT" => new FieldPathExpression(rest, fromRoot: false),
                "REMOVE" => new FieldPathExpression.Constant(null, rest),
                "NOW" => new SystemVariableExpression(static c => new BsonDateTime(c.Now), rest),
                "CLUSTER_TIME" => new SystemVariableExpression(static c => c.ClusterTime, rest),
                _ => ParseUserVariable(name, rest),
            };
        }

        if (text.Length == 1)
        {
            throw Errors.Location(16872, "'$' by itself is not a valid FieldPath");
        }

        return new FieldPathExpression(SplitPath(text[1..], text), fromRoot: false);
    }

    private static Expression ParseUserVariable(string name, string[] rest)
    {
        var first = name[0];
        if (!(char.IsAsciiLetterLower(first) || first > 127))
        {
            throw Errors.Location(16870, $"'{name}' starts with an invalid character for a user variable name");
        }

        return new VariableExpression(name, rest);
    }

    private static string[] SplitPath(string path, string original)
    {
        var parts = Protocol.NamePool.SharedParts(path);
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                throw Errors.Location(15998, "FieldPath field names may not be empty strings.");
            }

            if (part[0] == '$')
            {
                throw Errors.Location(16410, $"FieldPath field names may not start with '$'. Consider using $getField or $setField. ({original})");
            }
        }

        return parts;
    }
}
