using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$round (half to even) and $trunc with their optional place argument in [-20, 100]; the result keeps the input type.</summary>
internal static class Rounding
{
    public static BsonValue? RoundOrTrunc(string name, BsonValue?[] args, DecimalRounding mode)
    {
        var number = args[0];
        if (Values.IsNullish(number))
        {
            return BsonNull.Value;
        }

        if (!Values.IsNumber(number))
        {
            throw Errors.Location(51081, $"{name} only supports numeric types, not {Values.TypeName(number)}");
        }

        long places = 0;
        if (args.Length > 1)
        {
            var precision = args[1];
            if (Values.IsNullish(precision))
            {
                return BsonNull.Value;
            }

            if (!Values.TryGetLong(precision, out places))
            {
                throw Errors.Location(51082, $"precision argument to  {name} must be a integral value");
            }

            if (places is < -20 or > 100)
            {
                throw Errors.Location(51083, $"cannot apply {name} with precision value {places} value must be in [-20, 100]");
            }
        }

        var exponent = (int)-places;
        switch (number!.BsonType)
        {
            case BsonType.Decimal128:
                var dec = number.AsDecimal128;
                return Decimal128.IsInfinity(dec) ? number : new BsonDecimal128(DecimalMath.Quantize(dec, exponent, mode));
            case BsonType.Double:
                var d = number.AsDouble;
                if (!double.IsFinite(d))
                {
                    return number;
                }

                return new BsonDouble(Decimal128.ToDouble(DecimalMath.Quantize(DecimalMath.FromDouble34(d), exponent, mode)));
            default:
                if (places >= 0)
                {
                    return number;
                }

                var rounded = DecimalMath.Quantize(new Decimal128(number.ToInt64()), exponent, mode);
                if (!DecimalMath.TryToLong(rounded, out var l))
                {
                    throw Errors.Location(51080, $"invalid conversion from Decimal128 result in {name} resulting from arguments: [{number.ToInt64()}, {places}]");
                }

                return number.BsonType == BsonType.Int64 || l > int.MaxValue || l < int.MinValue ? new BsonInt64(l) : new BsonInt32((int)l);
        }
    }
}
