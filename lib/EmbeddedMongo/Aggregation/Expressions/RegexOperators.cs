using System.Text.RegularExpressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$regexMatch, $regexFind, $regexFindAll. A constant pattern is compiled once at parse time.</summary>
internal static class RegexOperators
{
    public static readonly OperatorTable Table = new(
        ("$regexFind", (n, a) => Parse(n, a, Mode.Find)),
        ("$regexFindAll", (n, a) => Parse(n, a, Mode.FindAll)),
        ("$regexMatch", (n, a) => Parse(n, a, Mode.Match)));

    private enum Mode
    {
        Match,
        Find,
        FindAll,
    }

    private static Expression Parse(string name, BsonValue argument, Mode mode)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(51103, $"{name} expects an object of named arguments but found: {Values.TypeName(argument)}");
        }

        Expression? input = null, regex = null, options = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                case "regex":
                    regex = ExpressionParser.Parse(element.Value);
                    break;
                case "options":
                    options = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(31024, $"{name} found an unknown argument: {element.Name}");
            }
        }

        input = input ?? throw Errors.Location(31022, $"{name} requires 'input' parameter");
        regex = regex ?? throw Errors.Location(31023, $"{name} requires 'regex' parameter");
        Regex? constant = null;
        if (regex is LiteralExpression lr && (options is null || options is LiteralExpression))
        {
            constant = Compile(name, lr.Value, (options as LiteralExpression)?.Value);
        }

        return new FuncExpression(c =>
        {
            var text = input.Evaluate(c);
            var compiled = constant;
            if (compiled is null)
            {
                var pattern = regex.Evaluate(c);
                var opts = options?.Evaluate(c);
                compiled = Compile(name, pattern, opts);
            }

            if (!Values.IsNullish(text) && text is not BsonString)
            {
                throw Errors.Location(51104, $"{name} needs 'input' to be of type string");
            }

            if (compiled is null || Values.IsNullish(text))
            {
                return mode switch
                {
                    Mode.Match => Values.False,
                    Mode.Find => BsonNull.Value,
                    _ => new BsonArray(),
                };
            }

            var s = text!.AsString;
            return mode switch
            {
                Mode.Match => Values.Bool(compiled.IsMatch(s)),
                Mode.Find => compiled.Match(s) is { Success: true } m ? Describe(s, m) : BsonNull.Value,
                _ => FindAll(compiled, s),
            };
        });
    }

    private static BsonArray FindAll(Regex regex, string s)
    {
        var result = new BsonArray();
        foreach (Match m in regex.Matches(s))
        {
            result.Add(Describe(s, m));
        }

        return result;
    }

    private static BsonDocument Describe(string s, Match m)
    {
        var captures = new BsonArray();
        for (var g = 1; g < m.Groups.Count; g++)
        {
            captures.Add(m.Groups[g].Success ? new BsonString(m.Groups[g].Value) : BsonNull.Value);
        }

        return new BsonDocument
        {
            { "match", m.Value },
            { "idx", StringOperators.CodePoints(s[..m.Index]) },
            { "captures", captures },
        };
    }

    /// <summary>Null when the pattern is null (no match); PCRE options i, m, s, x, u map to .NET's.</summary>
    private static Regex? Compile(string name, BsonValue? pattern, BsonValue? options)
    {
        string text;
        var flags = string.Empty;
        switch (pattern)
        {
            case null or BsonNull or BsonUndefined:
                return null;
            case BsonString s:
                text = s.Value;
                break;
            case BsonRegularExpression r:
                text = r.Pattern;
                flags = r.Options;
                break;
            default:
                throw Errors.Location(51105, $"{name} needs 'regex' to be of type string or regex");
        }

        if (!Values.IsNullish(options))
        {
            if (options is not BsonString o)
            {
                throw Errors.Location(51106, $"{name} needs 'options' to be of type string");
            }

            if (flags.Length > 0 && o.Value.Length > 0)
            {
                throw Errors.Location(51107, $"{name} found regex option(s) specified in both 'regex' and 'option' fields");
            }

            flags += o.Value;
        }

        if (text.Contains('\0'))
        {
            throw Errors.Location(51109, $"{name} needs 'regex' to be of type string or regex: regular expression cannot contain an embedded null byte");
        }

        var regexOptions = RegexOptions.CultureInvariant;
        foreach (var flag in flags)
        {
            regexOptions |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'u' => RegexOptions.None,
                _ => throw Errors.Location(51108, $"{name} invalid flag in regex options: {flag}"),
            };
        }

        try
        {
            return new Regex(text, regexOptions);
        }
        catch (ArgumentException e)
        {
            throw Errors.Location(51111, $"Invalid Regex in {name}: {e.Message}");
        }
    }
}
