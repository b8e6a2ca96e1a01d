using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$arrayToObject, $objectToArray and $zip.</summary>
internal static class ArrayObjects
{
    public static BsonValue? ArrayToObject(BsonValue? v)
    {
        if (Values.IsNullish(v))
        {
            return BsonNull.Value;
        }

        if (v is not BsonArray a)
        {
            throw Errors.Location(40386, $"$arrayToObject requires an array input, found: {Values.TypeName(v)}");
        }

        var result = new BsonDocument();
        if (a.Count == 0)
        {
            return result;
        }

        var pairs = a[0] is BsonArray;
        foreach (var item in a)
        {
            string key;
            BsonValue value;
            if (pairs)
            {
                if (item is not BsonArray pair)
                {
                    throw Errors.Location(40396, $"$arrayToObject requires a consistent input format. Elements must all be arrays or all be objects. Array was detected, now found: {Values.TypeName(item)}");
                }

                if (pair.Count != 2)
                {
                    throw Errors.Location(40397, $"$arrayToObject requires an array of size 2 arrays,found array of size: {pair.Count}");
                }

                key = pair[0] is BsonString k ? k.Value : throw Errors.Location(40395, $"$arrayToObject requires an array of key-value pairs, where the key must be of type string. Found key type: {Values.TypeName(pair[0])}");
                value = pair[1];
            }
            else
            {
                if (item is not BsonDocument doc)
                {
                    throw Errors.Location(40396, $"$arrayToObject requires a consistent input format. Elements must all be arrays or all be objects. Object was detected, now found: {Values.TypeName(item)}");
                }

                if (doc.ElementCount != 2)
                {
                    throw Errors.Location(40392, $"$arrayToObject requires an object keys of 'k' and 'v'. Found incorrect number of keys:{doc.ElementCount}");
                }

                if (!doc.TryGetValue("k", out var k) || !doc.TryGetValue("v", out var val))
                {
                    throw Errors.Location(40393, $"$arrayToObject requires an object with keys 'k' and 'v'. Missing either or both keys from: {doc}");
                }

                key = k is BsonString ks ? ks.Value : throw Errors.Location(40394, $"$arrayToObject requires an object with keys 'k' and 'v', where the value of 'k' must be of type string. Found type: {Values.TypeName(k)}");
                value = val;
            }

            if (key.Contains('\0'))
            {
                throw Errors.Location(4940400, "Key field cannot contain an embedded null byte");
            }

            result[key] = value;
        }

        return result;
    }

    public static BsonValue? ObjectToArray(BsonValue? v)
    {
        if (Values.IsNullish(v))
        {
            return BsonNull.Value;
        }

        if (v is not BsonDocument d)
        {
            throw Errors.Location(40390, $"$objectToArray requires a document input, found: {Values.TypeName(v)}");
        }

        return new BsonArray(d.Select(e => new BsonDocument { { "k", e.Name }, { "v", e.Value } }));
    }

    public static Expression ParseZip(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(34460, $"$zip only supports an object as an argument, found {Values.TypeName(argument)}");
        }

        BsonArray? inputs = null;
        BsonArray? defaults = null;
        var longest = false;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "inputs":
                    inputs = element.Value as BsonArray ?? throw Errors.Location(34461, $"inputs must be an array of expressions, found {Values.TypeName(element.Value)}");
                    break;
                case "defaults":
                    defaults = element.Value as BsonArray ?? throw Errors.Location(34462, $"defaults must be an array of expressions, found {Values.TypeName(element.Value)}");
                    break;
                case "useLongestLength":
                    longest = element.Value is BsonBoolean b ? b.Value : throw Errors.Location(34463, $"useLongestLength must be a bool, found {Values.TypeName(element.Value)}");
                    break;
                default:
                    throw Errors.Location(34464, $"$zip found an unknown argument: {element.Name}");
            }
        }

        if (inputs is null)
        {
            throw Errors.Location(34465, "$zip requires at least one input array");
        }

        if (defaults is not null && !longest)
        {
            throw Errors.Location(34466, "cannot specify defaults unless useLongestLength is true");
        }

        if (defaults is not null && defaults.Count != inputs.Count)
        {
            throw Errors.Location(34467, "defaults and inputs must have the same length");
        }

        var inputExpressions = inputs.Select(ExpressionParser.Parse).ToArray();
        var defaultExpressions = defaults?.Select(ExpressionParser.Parse).ToArray();
        return new FuncExpression(c =>
        {
            var arrays = new BsonArray[inputExpressions.Length];
            for (var i = 0; i < arrays.Length; i++)
            {
                var value = inputExpressions[i].Evaluate(c);
                if (Values.IsNullish(value))
                {
                    return BsonNull.Value;
                }

                arrays[i] = value as BsonArray ?? throw Errors.Location(34468, $"$zip found a non-array expression in input: {Values.Render(value)}");
            }

            var fill = defaultExpressions?.Select(e => e.Evaluate(c) ?? BsonNull.Value).ToArray();
            var length = arrays.Length == 0 ? 0 : longest ? arrays.Max(a => a.Count) : arrays.Min(a => a.Count);
            var result = new BsonArray(length);
            for (var row = 0; row < length; row++)
            {
                var tuple = new BsonArray(arrays.Length);
                for (var i = 0; i < arrays.Length; i++)
                {
                    tuple.Add(row < arrays[i].Count ? arrays[i][row] : fill?[i] ?? BsonNull.Value);
                }

                result.Add(tuple);
            }

            return result;
        });
    }
}
