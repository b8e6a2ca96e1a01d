using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$filter, $map and $reduce: an expression evaluated per element with $$this (or 'as') bound.</summary>
internal static class ArrayHigherOrder
{
    public static readonly OperatorTable Table = new(
        ("$filter", ParseFilter),
        ("$map", ParseMap),
        ("$reduce", ParseReduce));

    private static Dictionary<string, BsonValue> Fields(BsonValue argument, string name, int notObjectCode, int unknownCode, string[] allowed, string unknownMessage)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(notObjectCode, $"{name} only supports an object as its argument");
        }

        var fields = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var element in d)
        {
            if (!allowed.Contains(element.Name))
            {
                throw Errors.Location(unknownCode, unknownMessage + element.Name);
            }

            fields[element.Name] = element.Value;
        }

        return fields;
    }

    private static string AsName(Dictionary<string, BsonValue> fields)
        => fields.TryGetValue("as", out var a) ? Variables.ValidateName(a is BsonString s ? s.Value : string.Empty) : "this";

    private static Expression ParseMap(string name, BsonValue argument)
    {
        var f = Fields(argument, name, 16878, 16879, ["input", "as", "in"], "Unrecognized parameter to $map: ");
        var input = ExpressionParser.Parse(f.TryGetValue("input", out var i) ? i : throw Errors.Location(16880, "Missing 'input' parameter to $map"));
        var body = ExpressionParser.Parse(f.TryGetValue("in", out var b) ? b : throw Errors.Location(16882, "Missing 'in' parameter to $map"));
        var variable = AsName(f);
        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray a)
            {
                throw Errors.Location(16883, $"input to $map must be an array not {Values.TypeName(value)}");
            }

            var saved = Variables.Bind(c, variable, null);
            try
            {
                var result = new BsonArray(a.Count);
                foreach (var item in a)
                {
                    c.Variables[variable] = item;
                    result.Add(body.Evaluate(c) ?? BsonNull.Value);
                }

                return result;
            }
            finally
            {
                Variables.Restore(c, variable, saved);
            }
        });
    }

    private static Expression ParseFilter(string name, BsonValue argument)
    {
        var f = Fields(argument, name, 28646, 28647, ["input", "as", "cond", "limit"], "Unrecognized parameter to $filter: ");
        var input = ExpressionParser.Parse(f.TryGetValue("input", out var i) ? i : throw Errors.Location(28648, "Missing 'input' parameter to $filter"));
        var cond = ExpressionParser.Parse(f.TryGetValue("cond", out var b) ? b : throw Errors.Location(28650, "Missing 'cond' parameter to $filter"));
        var limit = f.TryGetValue("limit", out var l) ? ExpressionParser.Parse(l) : null;
        var variable = AsName(f);
        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray a)
            {
                throw Errors.Location(28651, $"input to $filter must be an array not {Values.TypeName(value)}");
            }

            var max = int.MaxValue;
            if (limit is not null)
            {
                var lv = limit.Evaluate(c);
                if (!Values.IsNullish(lv))
                {
                    if (!Values.TryGetInt(lv, out max))
                    {
                        throw Errors.Location(327391, $"$filter: limit must be represented as a 32-bit integral value: {Values.Render(lv)}");
                    }

                    if (max < 1)
                    {
                        throw Errors.Location(327392, $"$filter: limit must be greater than 0: {max}");
                    }
                }
            }

            var saved = Variables.Bind(c, variable, null);
            try
            {
                var result = new BsonArray();
                foreach (var item in a)
                {
                    if (result.Count >= max)
                    {
                        break;
                    }

                    c.Variables[variable] = item;
                    if (Values.IsTrue(cond.Evaluate(c)))
                    {
                        result.Add(item);
                    }
                }

                return result;
            }
            finally
            {
                Variables.Restore(c, variable, saved);
            }
        });
    }

    private static Expression ParseReduce(string name, BsonValue argument)
    {
        var f = Fields(argument, name, 40075, 40076, ["input", "initialValue", "in"], "$reduce found an unknown argument: ");
        var input = ExpressionParser.Parse(f.TryGetValue("input", out var i) ? i : throw Errors.Location(40077, "$reduce requires 'input' to be specified"));
        var initial = ExpressionParser.Parse(f.TryGetValue("initialValue", out var iv) ? iv : throw Errors.Location(40078, "$reduce requires 'initialValue' to be specified"));
        var body = ExpressionParser.Parse(f.TryGetValue("in", out var b) ? b : throw Errors.Location(40079, "$reduce requires 'in' to be specified"));
        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray a)
            {
                throw Errors.Location(40080, $"$reduce requires that 'input' be an array, found: {Values.Render(value)}");
            }

            var accumulator = initial.Evaluate(c);
            var savedThis = Variables.Bind(c, "this", null);
            var savedValue = Variables.Bind(c, "value", null);
            try
            {
                foreach (var item in a)
                {
                    c.Variables["this"] = item;
                    c.Variables["value"] = accumulator!;
                    accumulator = body.Evaluate(c);
                }

                return accumulator;
            }
            finally
            {
                Variables.Restore(c, "value", savedValue);
                Variables.Restore(c, "this", savedThis);
            }
        });
    }
}
