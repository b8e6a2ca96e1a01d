using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$indexOfBytes/$indexOfCP, $trim/$ltrim/$rtrim and $replaceOne/$replaceAll.</summary>
internal static class StringSearch
{
    /// <summary>The default characters $trim removes: the whitespace of the manual (and the null character).</summary>
    private const string DefaultTrimChars = "\0 \t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    public static BsonValue IndexOf(string name, BsonValue?[] args, bool bytes)
    {
        if (Values.IsNullish(args[0]))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonString input)
        {
            throw Errors.Location(bytes ? 40091 : 40093, $"{name} requires a string as the first argument, found: {Values.TypeName(args[0])}");
        }

        if (args[1] is not BsonString token)
        {
            throw Errors.Location(bytes ? 40092 : 40094, $"{name} requires a string as the second argument, found: {Values.TypeName(args[1])}");
        }

        var units = bytes ? Encoding.UTF8.GetBytes(input.Value).Select(b => (int)b).ToArray() : ToCodePoints(input.Value);
        var find = bytes ? Encoding.UTF8.GetBytes(token.Value).Select(b => (int)b).ToArray() : ToCodePoints(token.Value);
        var start = 0;
        var end = units.Length;
        if (args.Length > 2)
        {
            start = Index(name, args[2], "starting");
        }

        if (args.Length > 3)
        {
            end = Math.Min(end, Index(name, args[3], "ending"));
        }

        for (var i = start; i + find.Length <= end; i++)
        {
            if (units.AsSpan(i, find.Length).SequenceEqual(find))
            {
                return new BsonInt32(i);
            }
        }

        return new BsonInt32(-1);
    }

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }

        return list.ToArray();
    }

    private static int Index(string name, BsonValue? v, string which)
    {
        if (!Values.TryGetInt(v, out var index))
        {
            throw Errors.Location(40096, $"{name} requires an integral {which} index, found a value of type: {Values.TypeName(v)}, with value: {Values.Render(v)}");
        }

        if (index < 0)
        {
            throw Errors.Location(40097, $"{name} requires a nonnegative {which} index, found: {index}");
        }

        return index;
    }

    public static Expression ParseTrim(string name, BsonValue argument, bool left, bool right)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(50696, $"{name} only supports an object as an argument, found: {Values.TypeName(argument)}");
        }

        Expression? input = null, chars = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                case "chars":
                    chars = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(50694, $"{name} found an unknown argument: {element.Name}");
            }
        }

        if (input is null)
        {
            throw Errors.Location(50695, $"{name} requires an 'input' field");
        }

        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonString s)
            {
                throw Errors.Location(50699, $"{name} requires its input to be a string, got {Values.Render(value)} (of type {Values.TypeName(value)}) instead.");
            }

            var set = DefaultTrimChars;
            if (chars is not null)
            {
                var cv = chars.Evaluate(c);
                if (Values.IsNullish(cv))
                {
                    return BsonNull.Value;
                }

                set = cv is BsonString cs ? cs.Value : throw Errors.Location(50700, $"{name} requires 'chars' to be a string, got {Values.Render(cv)} (of type {Values.TypeName(cv)}) instead.");
            }

            return new BsonString(Trim(s.Value, set, left, right));
        });
    }

    private static string Trim(string s, string set, bool left, bool right)
    {
        var points = ToCodePoints(s);
        var trim = new HashSet<int>(ToCodePoints(set));
        var from = 0;
        var to = points.Length;
        while (left && from < to && trim.Contains(points[from]))
        {
            from++;
        }

        while (right && to > from && trim.Contains(points[to - 1]))
        {
            to--;
        }

        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            builder.Append(char.ConvertFromUtf32(points[i] is >= 0xD800 and <= 0xDFFF ? 0xFFFD : points[i]));
        }

        return builder.ToString();
    }

    public static Expression ParseReplace(string name, BsonValue argument, bool all)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(51751, $"{name} requires an object as an argument, found: {Values.TypeName(argument)}");
        }

        Expression? input = null, find = null, replacement = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                case "find":
                    find = ExpressionParser.Parse(element.Value);
                    break;
                case "replacement":
                    replacement = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(51750, $"{name} found an unknown argument: {element.Name}");
            }
        }

        input = input ?? throw Errors.Location(51749, $"{name} requires 'input' to be specified");
        find = find ?? throw Errors.Location(51748, $"{name} requires 'find' to be specified");
        replacement = replacement ?? throw Errors.Location(51747, $"{name} requires 'replacement' to be specified");
        return new FuncExpression(c =>
        {
            var i = input.Evaluate(c);
            var f = find.Evaluate(c);
            var r = replacement.Evaluate(c);
            CheckString(name, "input", i, 51746);
            CheckString(name, "find", f, 51745);
            CheckString(name, "replacement", r, 51744);
            if (Values.IsNullish(i) || Values.IsNullish(f) || Values.IsNullish(r))
            {
                return BsonNull.Value;
            }

            var text = i!.AsString;
            var token = f!.AsString;
            var with = r!.AsString;
            if (all)
            {
                return new BsonString(token.Length == 0 ? InsertEverywhere(text, with) : text.Replace(token, with, StringComparison.Ordinal));
            }

            var at = text.IndexOf(token, StringComparison.Ordinal);
            return new BsonString(at < 0 ? text : string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + token.Length)));
        });
    }

    private static void CheckString(string name, string field, BsonValue? v, int code)
    {
        if (!Values.IsNullish(v) && v is not BsonString)
        {
            throw Errors.Location(code, $"{name} requires that '{field}' be a string, found: {Values.Render(v)}");
        }
    }

    private static string InsertEverywhere(string text, string with)
    {
        var builder = new StringBuilder(with);
        foreach (var ch in text)
        {
            builder.Append(ch).Append(with);
        }

        return builder.ToString();
    }
}
