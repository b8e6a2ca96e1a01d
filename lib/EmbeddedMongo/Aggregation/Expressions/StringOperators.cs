using System.Globalization;
using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>String operators that work on whole strings, code points or UTF-8 bytes.</summary>
internal static class StringOperators
{
    public static readonly OperatorTable Table = new(
        ("$concat", Op.Nary(Concat)),
        ("$indexOfBytes", Op.Nary(2, 4, a => StringSearch.IndexOf("$indexOfBytes", a, bytes: true))),
        ("$indexOfCP", Op.Nary(2, 4, a => StringSearch.IndexOf("$indexOfCP", a, bytes: false))),
        ("$ltrim", (n, a) => StringSearch.ParseTrim(n, a, left: true, right: false)),
        ("$replaceAll", (n, a) => StringSearch.ParseReplace(n, a, all: true)),
        ("$replaceOne", (n, a) => StringSearch.ParseReplace(n, a, all: false)),
        ("$rtrim", (n, a) => StringSearch.ParseTrim(n, a, left: false, right: true)),
        ("$split", Op.Binary(Split)),
        ("$strLenBytes", Op.Unary(v => v is BsonString s ? new BsonInt32(Encoding.UTF8.GetByteCount(s.Value)) : throw Errors.Location(34473, $"$strLenBytes requires a string argument, found: {Values.TypeName(v)}"))),
        ("$strLenCP", Op.Unary(v => v is BsonString s ? new BsonInt32(CodePoints(s.Value)) : throw Errors.Location(34471, $"$strLenCP requires a string argument, found: {Values.TypeName(v)}"))),
        ("$strcasecmp", Op.Binary((a, b) => new BsonInt32(Math.Sign(string.CompareOrdinal(AsciiUpper(Coerce("$strcasecmp", a)), AsciiUpper(Coerce("$strcasecmp", b))))))),
        ("$substr", Op.Nary(3, 3, a => SubstrBytes("$substrBytes", a))),
        ("$substrBytes", Op.Nary(3, 3, a => SubstrBytes("$substrBytes", a))),
        ("$substrCP", Op.Nary(3, 3, SubstrCP)),
        ("$toLower", Op.Unary(v => new BsonString(AsciiLower(Coerce("$toLower", v))))),
        ("$toUpper", Op.Unary(v => new BsonString(AsciiUpper(Coerce("$toUpper", v))))),
        ("$trim", (n, a) => StringSearch.ParseTrim(n, a, left: true, right: true)));

    /// <summary>Value::coerceToString: null and missing are "", numbers and dates print, other types fail with 16007.</summary>
    public static string Coerce(string name, BsonValue? v) => v?.BsonType switch
    {
        null or BsonType.Null or BsonType.Undefined => string.Empty,
        BsonType.String => v.AsString,
        BsonType.Symbol => ((BsonSymbol)v).Name,
        BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 or BsonType.DateTime => Conversion.ToStringValue(v).AsString,
        BsonType.Timestamp => $"Timestamp({(uint)v.AsBsonTimestamp.Timestamp}, {(uint)v.AsBsonTimestamp.Increment})",
        BsonType.JavaScript => v.AsBsonJavaScript.Code,
        _ => throw Errors.Location(16007, $"can't convert from BSON type {Values.TypeName(v)} to String"),
    };

    public static int CodePoints(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>UTF-16 index of code point number <paramref name="cp"/> (or the length when past the end).</summary>
    public static int CharIndexOfCodePoint(string s, int cp)
    {
        var i = 0;
        for (var n = 0; n < cp && i < s.Length; n++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return i;
    }

    public static string AsciiUpper(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = char.IsAsciiLetterLower(src[i]) ? (char)(src[i] - 32) : src[i];
        }
    });

    public static string AsciiLower(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(src[i]) ? (char)(src[i] + 32) : src[i];
        }
    });

    private static BsonValue Concat(BsonValue?[] values)
    {
        var builder = new StringBuilder();
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                return BsonNull.Value;
            }

            if (v is not BsonString s)
            {
                throw Errors.Location(16702, $"$concat only supports strings, not {Values.TypeName(v)}");
            }

            builder.Append(s.Value);
        }

        return new BsonString(builder.ToString());
    }

    private static BsonValue Split(BsonValue? input, BsonValue? separator)
    {
        if (Values.IsNullish(input) || Values.IsNullish(separator))
        {
            return BsonNull.Value;
        }

        if (input is not BsonString s)
        {
            throw Errors.Location(40085, $"$split requires an expression that evaluates to a string as a first argument, found: {Values.TypeName(input)}");
        }

        if (separator is not BsonString d)
        {
            throw Errors.Location(40086, $"$split requires an expression that evaluates to a string as a second argument, found: {Values.TypeName(separator)}");
        }

        if (d.Value.Length == 0)
        {
            throw Errors.Location(40087, "$split requires a non-empty separator");
        }

        return new BsonArray(s.Value.Split(d.Value).Select(p => new BsonString(p)));
    }

    private static BsonValue SubstrBytes(string name, BsonValue?[] args)
    {
        var s = Coerce(name, args[0]);
        if (!Values.IsNumber(args[1]))
        {
            throw Errors.Location(16034, $"{name}: starting index must be a numeric type (is BSON type {Values.TypeName(args[1])})");
        }

        if (!Values.IsNumber(args[2]))
        {
            throw Errors.Location(16035, $"{name}: length must be a numeric type (is BSON type {Values.TypeName(args[2])})");
        }

        var bytes = Encoding.UTF8.GetBytes(s);
        var start = ToSize(args[1]!);
        if (start >= (ulong)bytes.Length)
        {
            return new BsonString(string.Empty);
        }

        var length = ToSize(args[2]!);
        var lower = (int)start;
        if (lower < bytes.Length && IsContinuation(bytes[lower]))
        {
            throw Errors.Location(28656, $"{name}:  Invalid range, starting index is a UTF-8 continuation byte.");
        }

        var upper = length >= (ulong)(bytes.Length - lower) ? bytes.Length : lower + (int)length;
        if (upper < bytes.Length && IsContinuation(bytes[upper]))
        {
            throw Errors.Location(28657, $"{name}:  Invalid range, ending index is in the middle of a UTF-8 character.");
        }

        return new BsonString(Encoding.UTF8.GetString(bytes, lower, upper - lower));
    }

    /// <summary>The server reads these as size_t: a negative value becomes huge.</summary>
    private static ulong ToSize(BsonValue v)
    {
        var d = Query.Numeric.ToDouble(v);
        var l = v.BsonType is BsonType.Int32 or BsonType.Int64 ? v.ToInt64() : double.IsNaN(d) ? 0 : (long)Math.Clamp(d, long.MinValue, long.MaxValue);
        return unchecked((ulong)l);
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static BsonValue SubstrCP(BsonValue?[] args)
    {
        var s = Coerce("$substrCP", args[0]);
        if (!Values.IsNumber(args[1]))
        {
            throw Errors.Location(34450, $"$substrCP: starting index must be a numeric type (is BSON type {Values.TypeName(args[1])})");
        }

        if (!Values.TryGetInt(args[1], out var start))
        {
            throw Errors.Location(34451, $"$substrCP: starting index cannot be represented as a 32-bit integral value: {Values.Render(args[1])}");
        }

        if (!Values.IsNumber(args[2]))
        {
            throw Errors.Location(34452, $"$substrCP: length must be a numeric type (is BSON type {Values.TypeName(args[2])})");
        }

        if (!Values.TryGetInt(args[2], out var length))
        {
            throw Errors.Location(34453, $"$substrCP: length cannot be represented as a 32-bit integral value: {Values.Render(args[2])}");
        }

        if (length < 0)
        {
            throw Errors.Location(34454, "$substrCP: length must be a nonnegative integer.");
        }

        if (start < 0)
        {
            throw Errors.Location(34455, "$substrCP: the starting index must be nonnegative integer.");
        }

        var from = CharIndexOfCodePoint(s, start);
        var to = from + CharIndexOfCodePoint(s[from..], length);
        return new BsonString(s[from..to]);
    }

    internal static string Format(double d) => d.ToString(CultureInfo.InvariantCulture);
}
