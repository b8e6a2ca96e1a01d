using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Small rules every family shares: nullish, truthiness, type names, narrow integer results.</summary>
internal static class Values
{
    public static readonly BsonValue True = BsonBoolean.True;
    public static readonly BsonValue False = BsonBoolean.False;

    /// <summary>Missing, null or undefined.</summary>
    public static bool IsNullish(BsonValue? v) => v is null || v.BsonType is BsonType.Null or BsonType.Undefined;

    public static bool IsNumber(BsonValue? v) => BsonOrder.IsNumber(v);

    /// <summary>Aggregation truthiness: false, null, missing, undefined and zero of any numeric type are false.</summary>
    public static bool IsTrue(BsonValue? v) => v?.BsonType switch
    {
        null or BsonType.Null or BsonType.Undefined => false,
        BsonType.Boolean => v.AsBoolean,
        BsonType.Int32 => v.AsInt32 != 0,
        BsonType.Int64 => v.AsInt64 != 0,
        BsonType.Double => v.AsDouble != 0,
        BsonType.Decimal128 => !DecimalMath.IsZero(v.AsDecimal128),
        _ => true,
    };

    public static BsonValue Bool(bool b) => b ? True : False;

    public static BsonValue IntOrLong(long value) => value is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)value) : new BsonInt64(value);

    /// <summary>The $type name of a value ("missing" for missing).</summary>
    public static string TypeName(BsonValue? v) => Commands.CommandArgs.TypeName(v);

    /// <summary>Whether a number has an integral value that fits in a 32-bit int (the rule for indexes and sizes).</summary>
    public static bool TryGetInt(BsonValue? v, out int result)
    {
        var fits = TryGetLong(v, out var wide) && wide is >= int.MinValue and <= int.MaxValue;
        result = fits ? (int)wide : 0;
        return fits;
    }

    /// <summary>Whether a number has an integral value that fits in a 64-bit long.</summary>
    public static bool TryGetLong(BsonValue? v, out long result)
    {
        result = 0;
        switch (v?.BsonType)
        {
            case BsonType.Int32:
                result = v.AsInt32;
                return true;
            case BsonType.Int64:
                result = v.AsInt64;
                return true;
            case BsonType.Double:
                var d = v.AsDouble;
                if (d == Math.Floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
                {
                    result = (long)d;
                    return true;
                }

                return false;
            case BsonType.Decimal128:
                if (Numeric.TryToDecimal(v.AsDecimal128, out var m) && m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue)
                {
                    result = (long)m;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The value as the server prints it inside error messages (Value::toString).</summary>
    public static string Render(BsonValue? v) => v switch
    {
        null => "MISSING",
        BsonString s => "\"" + s.Value + "\"",
        BsonDouble d => Doubles.Format(d.Value),
        BsonDecimal128 m => m.Value.ToString(),
        _ => v.ToString() ?? string.Empty,
    };
}

/// <summary>Doubles printed the way the server prints them in strings and messages.</summary>
internal static class Doubles
{
    public static string Format(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(d))
        {
            return "inf";
        }

        if (double.IsNegativeInfinity(d))
        {
            return "-inf";
        }

        return d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
