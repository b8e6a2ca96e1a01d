using System.Globalization;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>The $convert conversion table of the manual; failures are 241 ConversionFailure (which onError catches).</summary>
internal static class Conversion
{
    private const string NoOnError = "in $convert with no onError value";

    public static BsonValue Convert(BsonValue value, BsonType target)
    {
        if (value.BsonType == target && target != BsonType.DateTime)
        {
            return value;
        }

        return target switch
        {
            BsonType.Boolean => ToBool(value),
            BsonType.Int32 => ToInt(value),
            BsonType.Int64 => ToLong(value),
            BsonType.Double => ToDouble(value),
            BsonType.Decimal128 => ToDecimal(value),
            BsonType.String => ToStringValue(value),
            BsonType.DateTime => ToDate(value),
            BsonType.ObjectId => ToObjectId(value),
            _ => throw Unsupported(value, TypeNameOf(target)),
        };
    }

    private static string TypeNameOf(BsonType type) => type switch
    {
        BsonType.Document => "object",
        BsonType.Array => "array",
        BsonType.Binary => "binData",
        BsonType.Null => "null",
        BsonType.RegularExpression => "regex",
        BsonType.Timestamp => "timestamp",
        BsonType.MinKey => "minKey",
        BsonType.MaxKey => "maxKey",
        BsonType.JavaScript => "javascript",
        BsonType.Symbol => "symbol",
        BsonType.Undefined => "undefined",
        _ => type.ToString(),
    };

    private static MongoServerException Failure(string message) => Errors.Make(241, "ConversionFailure", message);

    private static MongoServerException Unsupported(BsonValue value, string target)
        => Failure($"Unsupported conversion from {Values.TypeName(value)} to {target} {NoOnError}");

    private static BsonValue ToBool(BsonValue v) => v.BsonType switch
    {
        BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 => Values.Bool(Values.IsTrue(v)),
        _ => Values.True,
    };

    private static BsonValue ToInt(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.Boolean:
                return new BsonInt32(v.AsBoolean ? 1 : 0);
            case BsonType.Int64:
                var l = v.AsInt64;
                return l is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)l) : throw Failure($"Conversion would overflow target type {NoOnError}: {l}");
            case BsonType.Double:
                var d = Finite(v.AsDouble);
                return d > -2147483649.0 && d < 2147483648.0 ? new BsonInt32((int)d) : throw Failure($"Conversion would overflow target type {NoOnError}: {Doubles.Format(d)}");
            case BsonType.Decimal128:
                var m = TruncateDecimal(v.AsDecimal128);
                return m >= int.MinValue && m <= int.MaxValue ? new BsonInt32((int)m) : throw Failure($"Conversion would overflow target type {NoOnError}: {v.AsDecimal128}");
            case BsonType.String:
                return int.TryParse(v.AsString, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? new BsonInt32(i) : throw ParseFailure(v.AsString, "int");
            default:
                throw Unsupported(v, "int");
        }
    }

    private static BsonValue ToLong(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.Boolean:
                return new BsonInt64(v.AsBoolean ? 1 : 0);
            case BsonType.Int32:
                return new BsonInt64(v.AsInt32);
            case BsonType.Double:
                var d = Finite(v.AsDouble);
                return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? new BsonInt64((long)d) : throw Failure($"Conversion would overflow target type {NoOnError}: {Doubles.Format(d)}");
            case BsonType.Decimal128:
                var m = TruncateDecimal(v.AsDecimal128);
                return m >= long.MinValue && m <= long.MaxValue ? new BsonInt64((long)m) : throw Failure($"Conversion would overflow target type {NoOnError}: {v.AsDecimal128}");
            case BsonType.DateTime:
                return new BsonInt64(v.AsBsonDateTime.MillisecondsSinceEpoch);
            case BsonType.String:
                return long.TryParse(v.AsString, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? new BsonInt64(l) : throw ParseFailure(v.AsString, "long");
            default:
                throw Unsupported(v, "long");
        }
    }

    private static BsonValue ToDouble(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.Boolean:
                return new BsonDouble(v.AsBoolean ? 1 : 0);
            case BsonType.Int32:
            case BsonType.Int64:
                return new BsonDouble(Numeric.ToDouble(v));
            case BsonType.Decimal128:
                var dec = v.AsDecimal128;
                var d = Decimal128.ToDouble(dec);
                if (double.IsInfinity(d) && !Decimal128.IsInfinity(dec))
                {
                    throw Failure($"Conversion would overflow target type {NoOnError}: {dec}");
                }

                return new BsonDouble(d);
            case BsonType.DateTime:
                return new BsonDouble(v.AsBsonDateTime.MillisecondsSinceEpoch);
            case BsonType.String:
                return new BsonDouble(ParseDouble(v.AsString));
            default:
                throw Unsupported(v, "double");
        }
    }

    private static BsonValue ToDecimal(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.Boolean:
                return new BsonDecimal128(v.AsBoolean ? Decimal128.One : Decimal128.Zero);
            case BsonType.Int32:
            case BsonType.Int64:
            case BsonType.Double:
                return new BsonDecimal128(Numeric.ToDecimal128(v));
            case BsonType.DateTime:
                return new BsonDecimal128(new Decimal128(v.AsBsonDateTime.MillisecondsSinceEpoch));
            case BsonType.String:
                var s = v.AsString;
                if (s.Length == 0 || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || !Decimal128.TryParse(s, out var parsed))
                {
                    throw ParseFailure(s, "decimal");
                }

                return new BsonDecimal128(parsed);
            default:
                throw Unsupported(v, "decimal");
        }
    }

    public static BsonValue ToStringValue(BsonValue v) => v.BsonType switch
    {
        BsonType.String => v,
        BsonType.Boolean => new BsonString(v.AsBoolean ? "true" : "false"),
        BsonType.Int32 => new BsonString(v.AsInt32.ToString(CultureInfo.InvariantCulture)),
        BsonType.Int64 => new BsonString(v.AsInt64.ToString(CultureInfo.InvariantCulture)),
        BsonType.Double => new BsonString(FormatDouble(v.AsDouble)),
        BsonType.Decimal128 => new BsonString(v.AsDecimal128.ToString()),
        BsonType.ObjectId => new BsonString(v.AsObjectId.ToString()),
        BsonType.DateTime => new BsonString(DateValues.FormatIso(v.AsBsonDateTime.MillisecondsSinceEpoch)),
        _ => throw Unsupported(v, "string"),
    };

    private static BsonValue ToDate(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.DateTime:
                return v;
            case BsonType.Int64:
                return new BsonDateTime(v.AsInt64);
            case BsonType.Double:
                var d = Finite(v.AsDouble);
                return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? new BsonDateTime((long)d) : throw Failure($"Conversion would overflow target type {NoOnError}: {Doubles.Format(d)}");
            case BsonType.Decimal128:
                var m = TruncateDecimal(v.AsDecimal128);
                return m >= long.MinValue && m <= long.MaxValue ? new BsonDateTime((long)m) : throw Failure($"Conversion would overflow target type {NoOnError}: {v.AsDecimal128}");
            case BsonType.ObjectId:
                return new BsonDateTime((long)v.AsObjectId.Timestamp * 1000);
            case BsonType.Timestamp:
                return new BsonDateTime((long)(uint)v.AsBsonTimestamp.Timestamp * 1000);
            case BsonType.String:
                try
                {
                    return new BsonDateTime(DateParsing.ParseDefault(v.AsString, DateValues.Utc));
                }
                catch (MongoServerException e) when (e.Code != 241)
                {
                    throw Failure($"Error parsing date string '{v.AsString}'; {e.Message}");
                }

            default:
                throw Unsupported(v, "date");
        }
    }

    private static BsonValue ToObjectId(BsonValue v)
    {
        if (v.BsonType != BsonType.String)
        {
            throw Unsupported(v, "objectId");
        }

        var s = v.AsString;
        if (s.Length != 24)
        {
            throw Failure($"Failed to parse objectId '{s}' {NoOnError}: Invalid string length for parsing to OID, expected 24 but found {s.Length}");
        }

        return ObjectId.TryParse(s, out var id) ? new BsonObjectId(id) : throw Failure($"Failed to parse objectId '{s}' {NoOnError}: Invalid character found in hex string: '{s.First(ch => !Uri.IsHexDigit(ch))}'");
    }

    private static double Finite(double d)
    {
        if (double.IsNaN(d))
        {
            throw Failure($"Attempt to convert NaN value to integer type {NoOnError}");
        }

        if (double.IsInfinity(d))
        {
            throw Failure($"Attempt to convert infinity value to integer type {NoOnError}");
        }

        return d;
    }

    private static decimal TruncateDecimal(Decimal128 d)
    {
        if (Decimal128.IsNaN(d))
        {
            throw Failure($"Attempt to convert NaN value to integer type {NoOnError}");
        }

        if (Decimal128.IsInfinity(d))
        {
            throw Failure($"Attempt to convert infinity value to integer type {NoOnError}");
        }

        var truncated = DecimalMath.Quantize(d, 0, DecimalRounding.TowardZero);
        return Numeric.TryToDecimal(truncated, out var m) ? m : throw Failure($"Conversion would overflow target type {NoOnError}: {d}");
    }

    private static double ParseDouble(string s)
    {
        if (s.Length > 0 && char.IsWhiteSpace(s[0]))
        {
            throw Failure($"Failed to parse number '{s}' {NoOnError}: Leading whitespace");
        }

        switch (s)
        {
            case "NaN" or "nan":
                return double.NaN;
            case "Infinity" or "inf" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity" or "-inf":
                return double.NegativeInfinity;
        }

        if (s.Length == 0 || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            throw Failure($"Failed to parse number '{s}' {NoOnError}: Did not consume whole string.");
        }

        if (double.IsInfinity(d))
        {
            throw Failure($"Failed to parse number '{s}' {NoOnError}: Out of range");
        }

        return d;
    }

    private static MongoServerException ParseFailure(string s, string target)
    {
        if (s.Length > 0 && char.IsWhiteSpace(s[0]))
        {
            return Failure($"Failed to parse number '{s}' {NoOnError}: Leading whitespace");
        }

        if (s.Length == 0)
        {
            return Failure($"Failed to parse number '{s}' {NoOnError}: No digits");
        }

        if (target != "decimal" && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) is false && decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return Failure($"Failed to parse number '{s}' {NoOnError}: Overflow");
        }

        return Failure($"Failed to parse number '{s}' {NoOnError}: Did not consume whole string.");
    }

    /// <summary>Doubles as $toString and $concat-free formatting print them: shortest round-trip, C-style exponents.</summary>
    public static string FormatDouble(double d)
    {
        if (!double.IsFinite(d))
        {
            return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }

        var s = Doubles.Format(d);
        var e = s.IndexOf('E');
        if (e < 0)
        {
            return s;
        }

        var mantissa = s[..e];
        var exponent = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
