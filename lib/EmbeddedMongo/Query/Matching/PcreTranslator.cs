using System.Text;
using System.Text.RegularExpressions;
using EmbeddedMongo.Commands;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// Turns a MongoDB (PCRE2) regular expression into a .NET one with the same meaning where they
/// differ: \d \w \s are ASCII-only in PCRE (without UCP) but Unicode-aware in .NET; \Q...\E
/// quotes; (?P&lt;name&gt;...) and (?P=name) name groups; \x{hhhh} writes a code point;
/// POSIX classes ([:alpha:]) exist only in PCRE. Options i, m, s, x carry over; u is accepted.
/// </summary>
public static class PcreTranslator
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "a-zA-Z0-9",
        ["alpha"] = "a-zA-Z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = " \\t",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "\\x21-\\x7E",
        ["lower"] = "a-z",
        ["print"] = "\\x20-\\x7E",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\x0B\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "a-zA-Z0-9_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    public static Regex Compile(string pattern, string options)
    {
        var regexOptions = RegexOptions.CultureInvariant;
        foreach (var option in options)
        {
            regexOptions |= option switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'u' => RegexOptions.None,
                _ => throw Errors.Location(51108, $"invalid flag in regex options: {option}"),
            };
        }

        try
        {
            return new Regex(Translate(pattern), regexOptions);
        }
        catch (ArgumentException e)
        {
            throw Errors.Location(51091, $"Regular expression is invalid: {e.Message}");
        }
    }

    public static string Translate(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                i++;
                switch (next)
                {
                    case 'd':
                        output.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'D' when !inClass:
                        output.Append("[^0-9]");
                        break;
                    case 'w':
                        output.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                        break;
                    case 'W' when !inClass:
                        output.Append("[^a-zA-Z0-9_]");
                        break;
                    case 's':
                        output.Append(inClass ? "\\t\\n\\x0B\\f\\r " : "[\\t\\n\\x0B\\f\\r ]");
                        break;
                    case 'S' when !inClass:
                        output.Append("[^\\t\\n\\x0B\\f\\r ]");
                        break;
                    case 'Q':
                    {
                        var end = pattern.IndexOf("\\E", i + 1, StringComparison.Ordinal);
                        var literal = end < 0 ? pattern[(i + 1)..] : pattern[(i + 1)..end];
                        output.Append(inClass ? EscapeInClass(literal) : Regex.Escape(literal));
                        i = end < 0 ? pattern.Length : end + 1;
                        break;
                    }

                    case 'E':
                        break;
                    case 'x' when i + 1 < pattern.Length && pattern[i + 1] == '{':
                    {
                        var close = pattern.IndexOf('}', i + 2);
                        if (close < 0 || !int.TryParse(pattern.AsSpan(i + 2, close - i - 2), System.Globalization.NumberStyles.HexNumber, null, out var codePoint))
                        {
                            output.Append("\\x");
                            break;
                        }

                        foreach (var unit in char.ConvertFromUtf32(codePoint))
                        {
                            output.Append("\\u").Append(((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                        }

                        i = close;
                        break;
                    }

                    default:
                        output.Append('\\').Append(next);
                        break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (close > 0 && PosixClasses.TryGetValue(pattern[(i + 2)..close], out var members))
                    {
                        output.Append(members);
                        i = close + 1;
                        continue;
                    }
                }

                if (c == '[')
                {
                    // A literal '[' inside a class; .NET would read "[a-[b]]" as subtraction.
                    output.Append("\\[");
                    continue;
                }

                if (c == ']')
                {
                    inClass = false;
                }

                output.Append(c);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                output.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    output.Append('^');
                    i++;
                }

                // A ']' right after '[' or '[^' is a literal member.
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    output.Append("\\]");
                    i++;
                }

                continue;
            }

            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == 'P')
            {
                if (i + 3 < pattern.Length && pattern[i + 3] == '<')
                {
                    output.Append("(?<");
                    i += 3;
                    continue;
                }

                if (i + 3 < pattern.Length && pattern[i + 3] == '=')
                {
                    var close = pattern.IndexOf(')', i + 4);
                    if (close > 0)
                    {
                        output.Append("\\k<").Append(pattern, i + 4, close - i - 4).Append('>');
                        i = close;
                        continue;
                    }
                }
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static string EscapeInClass(string literal)
    {
        var output = new StringBuilder(literal.Length * 2);
        foreach (var c in literal)
        {
            if (c is '\\' or ']' or '[' or '^' or '-')
            {
                output.Append('\\');
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
