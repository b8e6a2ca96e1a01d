using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>Conversions between BSON's four numeric types, as the server applies them.</summary>
public static class Numeric
{
    public static double ToDouble(BsonValue value) => value.BsonType switch
    {
        BsonType.Int32 => value.AsInt32,
        BsonType.Int64 => value.AsInt64,
        BsonType.Double => value.AsDouble,
        BsonType.Decimal128 => Decimal128.ToDouble(value.AsDecimal128),
        _ => throw new ArgumentException("not a number: " + value.BsonType, nameof(value)),
    };

    public static Decimal128 ToDecimal128(BsonValue value) => value.BsonType switch
    {
        BsonType.Int32 => new Decimal128(value.AsInt32),
        BsonType.Int64 => new Decimal128(value.AsInt64),
        BsonType.Double => DoubleToDecimal128(value.AsDouble),
        BsonType.Decimal128 => value.AsDecimal128,
        _ => throw new ArgumentException("not a number: " + value.BsonType, nameof(value)),
    };

    /// <summary>
    /// A double becomes the decimal with 15 significant digits, as the server's conversion does
    /// (so 0.1 becomes 0.100000000000000).
    /// </summary>
    public static Decimal128 DoubleToDecimal128(double d)
    {
        if (double.IsNaN(d))
        {
            return Decimal128.QNaN;
        }

        if (double.IsPositiveInfinity(d))
        {
            return Decimal128.PositiveInfinity;
        }

        if (double.IsNegativeInfinity(d))
        {
            return Decimal128.NegativeInfinity;
        }

        return Decimal128.Parse(d.ToString("E14", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static bool TryToDecimal(BsonValue value, out decimal result)
    {
        switch (value.BsonType)
        {
            case BsonType.Int32:
                result = value.AsInt32;
                return true;
            case BsonType.Int64:
                result = value.AsInt64;
                return true;
            case BsonType.Double:
            {
                var d = value.AsDouble;
                if (double.IsFinite(d) && Math.Abs(d) < 7.9e27)
                {
                    try
                    {
                        result = (decimal)d;
                        // (decimal)double rounds to 15 significant digits; keep exactness for comparisons.
                        if ((double)result == d)
                        {
                            return true;
                        }

                        result = decimal.Parse(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                        return (double)result == d;
                    }
                    catch (OverflowException)
                    {
                    }
                }

                result = 0;
                return false;
            }

            case BsonType.Decimal128:
                return TryToDecimal(value.AsDecimal128, out result);
            default:
                result = 0;
                return false;
        }
    }

    public static bool TryToDecimal(Decimal128 value, out decimal result)
    {
        if (Decimal128.IsNaN(value) || Decimal128.IsInfinity(value))
        {
            result = 0;
            return false;
        }

        // Everyday amounts (a 64-bit coefficient, 0 to 28 decimal places) map directly.
        var exponent = Decimal128.GetExponent(value);
        if (Decimal128.GetSignificandHighBits(value) == 0 && exponent is <= 0 and >= -28)
        {
            var low = Decimal128.GetSignificandLowBits(value);
            result = new decimal((int)(uint)low, (int)(uint)(low >> 32), 0, Decimal128.IsNegative(value), (byte)-exponent);
            return true;
        }

        try
        {
            result = Decimal128.ToDecimal(value);
            return true;
        }
        catch (OverflowException)
        {
            result = 0;
            return false;
        }
    }
}
