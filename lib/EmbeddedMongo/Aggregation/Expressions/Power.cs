using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$pow: integer powers stay integral while they fit in a long (int when both are ints and it fits).</summary>
internal static class Power
{
    public static BsonValue? Pow(BsonValue? baseValue, BsonValue? exponent)
    {
        if (Values.IsNullish(baseValue) || Values.IsNullish(exponent))
        {
            return BsonNull.Value;
        }

        if (!Values.IsNumber(baseValue))
        {
            throw Errors.Location(28762, $"$pow's base must be numeric, not {Values.TypeName(baseValue)}");
        }

        if (!Values.IsNumber(exponent))
        {
            throw Errors.Location(28763, $"$pow's exponent must be numeric, not {Values.TypeName(exponent)}");
        }

        var b = Numeric.ToDouble(baseValue!);
        var e = Numeric.ToDouble(exponent!);
        if (b == 0 && e < 0)
        {
            throw Errors.Location(28764, "$pow cannot take a base of 0 and a negative exponent");
        }

        if (baseValue!.BsonType == BsonType.Decimal128 || exponent!.BsonType == BsonType.Decimal128)
        {
            if (Values.TryGetLong(exponent, out var n) && n is >= 0 and <= 1000)
            {
                var result = Decimal128.One;
                var factor = Numeric.ToDecimal128(baseValue);
                for (var i = 0; i < n; i++)
                {
                    result = DecimalMath.Multiply(result, factor);
                }

                return new BsonDecimal128(result);
            }

            return Arithmetic.DecimalFromDouble(Math.Pow(b, e));
        }

        if (baseValue.BsonType == BsonType.Double || exponent.BsonType == BsonType.Double)
        {
            return new BsonDouble(Math.Pow(b, e));
        }

        var longResult = baseValue.BsonType == BsonType.Int64 || exponent.BsonType == BsonType.Int64;
        BsonValue Format(long r) => longResult ? new BsonInt64(r) : Values.IntOrLong(r);
        var bl = baseValue.ToInt64();
        var el = exponent.ToInt64();
        switch (bl)
        {
            case 0:
                return Format(el == 0 ? 1 : 0);
            case 1:
                return Format(1);
            case -1:
                return Format(el % 2 == 0 ? 1 : -1);
        }

        if (el is < 0 or > 63)
        {
            return new BsonDouble(Math.Pow(bl, el));
        }

        long acc = 1;
        for (var i = 0; i < el; i++)
        {
            var high = Math.BigMul(acc, bl, out var low);
            if (high != (low >> 63))
            {
                return new BsonDouble(Math.Pow(bl, el));
            }

            acc = low;
        }

        return Format(acc);
    }
}
