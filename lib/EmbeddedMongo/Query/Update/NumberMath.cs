using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// Arithmetic with the server's promotion rules (SafeNum): the result has the wider type of the
/// two operands (int32 &lt; int64 &lt; double &lt; decimal128); an int32 result that overflows
/// becomes an int64; an int64 overflow is an error (null here).
/// </summary>
public static class NumberMath
{
    public static BsonValue? Add(BsonValue a, BsonValue b) => Combine(a, b, (x, y) => x + y, (x, y) => x + y, integral: (x, y) => checked(x + y));

    public static BsonValue? Multiply(BsonValue a, BsonValue b) => Combine(a, b, (x, y) => x * y, (x, y) => x * y, integral: (x, y) => checked(x * y));

    private static BsonValue? Combine(BsonValue a, BsonValue b, Func<decimal, decimal, decimal> dec, Func<double, double, double> dbl, Func<long, long, long> integral)
    {
        if (a.BsonType == BsonType.Decimal128 || b.BsonType == BsonType.Decimal128)
        {
            var da = Numeric.ToDecimal128(a);
            var db = Numeric.ToDecimal128(b);
            if (Numeric.TryToDecimal(da, out var ma) && Numeric.TryToDecimal(db, out var mb))
            {
                try
                {
                    return new BsonDecimal128(new Decimal128(dec(ma, mb)));
                }
                catch (OverflowException)
                {
                }
            }

            return new BsonDecimal128(Numeric.DoubleToDecimal128(dbl(Decimal128.ToDouble(da), Decimal128.ToDouble(db))));
        }

        if (a.BsonType == BsonType.Double || b.BsonType == BsonType.Double)
        {
            return new BsonDouble(dbl(Numeric.ToDouble(a), Numeric.ToDouble(b)));
        }

        try
        {
            var result = integral(a.ToInt64(), b.ToInt64());
            if (a.BsonType == BsonType.Int32 && b.BsonType == BsonType.Int32 && result is >= int.MinValue and <= int.MaxValue)
            {
                return new BsonInt32((int)result);
            }

            return new BsonInt64(result);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Bitwise and/or/xor over int32/int64 (int64 when either side is).</summary>
    public static BsonValue Bitwise(BsonValue a, BsonValue b, string operation)
    {
        var x = a.ToInt64();
        var y = b.ToInt64();
        var result = operation switch
        {
            "and" => x & y,
            "or" => x | y,
            _ => x ^ y,
        };
        return a.BsonType == BsonType.Int32 && b.BsonType == BsonType.Int32 ? new BsonInt32((int)result) : new BsonInt64(result);
    }
}
