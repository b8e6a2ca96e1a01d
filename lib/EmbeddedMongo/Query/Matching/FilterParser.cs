using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query.Schema;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// Parses a query filter into a tree of <see cref="MatchNode"/>s: top-level operators ($and, $or,
/// $nor, $expr, $jsonSchema, $comment...) from a sorted table, fields through
/// <see cref="OperatorParser"/>. Fields of one filter are implicitly and-ed.
/// </summary>
public static class FilterParser
{
    private delegate MatchNode TopLevelParser(BsonValue argument, string name, DateTime now);

    private static readonly SortedDictionary<string, TopLevelParser> TopLevel = new(StringComparer.Ordinal)
    {
        ["$alwaysFalse"] = (_, _, _) => ConstantNode.False,
        ["$alwaysTrue"] = (_, _, _) => ConstantNode.True,
        ["$and"] = (arg, name, now) => new AndNode(ParseClauses(arg, name, now)),
        ["$comment"] = (_, _, _) => ConstantNode.True,
        ["$expr"] = (arg, _, now) => new ExprNode(Expression.Parse(arg), now),
        ["$jsonSchema"] = (arg, _, _) => arg is BsonDocument schema
            ? new JsonSchemaNode(JsonSchemaParser.Parse(schema))
            : throw Errors.TypeMismatch("$jsonSchema must be an object"),
        ["$nor"] = (arg, name, now) => new NorNode(ParseClauses(arg, name, now)),
        ["$or"] = (arg, name, now) => new OrNode(ParseClauses(arg, name, now)),
        ["$sampleRate"] = (arg, _, _) => BsonOrder.IsNumber(arg) && Numeric.ToDouble(arg) is >= 0 and <= 1
            ? new SampleNode(Numeric.ToDouble(arg))
            : throw Errors.BadValue("numeric argument to $sampleRate must be in [0, 1]"),
        ["$text"] = (_, _, _) => throw Errors.IndexNotFound("text index required for $text query"),
        ["$where"] = (_, _, _) => throw Errors.BadValue("no globalScriptEngine in $where parsing"),
    };

    /// <summary>Whether an operator can start a query document (so $elemMatch: {$or: ...} is the object form).</summary>
    public static bool IsTopLevelOperator(string name) => TopLevel.ContainsKey(name);

    public static MatchNode Parse(BsonDocument filter, DateTime now)
    {
        if (filter.ElementCount == 0)
        {
            return ConstantNode.True;
        }

        var children = new List<MatchNode>(filter.ElementCount);
        foreach (var element in filter)
        {
            if (element.Name.StartsWith('$'))
            {
                if (!TopLevel.TryGetValue(element.Name, out var parser))
                {
                    throw Errors.BadValue(element.Name == "$not"
                        ? "unknown top level operator: $not. If you are trying to negate an entire expression, use $nor."
                        : $"unknown top level operator: {element.Name}. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.");
                }

                children.Add(parser(element.Value, element.Name, now));
                continue;
            }

            children.Add(ParseField(element.Name, element.Value, now).ToNode(element.Name));
        }

        return children.Count == 1 ? children[0] : new AndNode(children.ToArray());
    }

    /// <summary>The condition a filter field states: operators, a regular expression, or a value to equal.</summary>
    public static FieldCondition ParseField(string path, BsonValue value, DateTime now) => value switch
    {
        BsonDocument operators when OperatorParser.IsOperatorDocument(operators) => OperatorParser.Parse(operators, now),
        BsonRegularExpression regex => new LeafCondition(new RegexPredicate(regex.Pattern, regex.Options)),
        _ => new LeafCondition(new ComparisonPredicate(ComparisonKind.Eq, value)),
    };

    private static MatchNode[] ParseClauses(BsonValue argument, string name, DateTime now)
    {
        if (argument is not BsonArray clauses)
        {
            throw Errors.BadValue($"{name} must be an array");
        }

        if (clauses.Count == 0)
        {
            throw Errors.BadValue("$and/$or/$nor must be a nonempty array");
        }

        var nodes = new MatchNode[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i] is not BsonDocument clause)
            {
                throw Errors.BadValue("$or/$and/$nor entries need to be full objects");
            }

            nodes[i] = Parse(clause, now);
        }

        return nodes;
    }
}
