using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// $bitsAllSet, $bitsAllClear, $bitsAnySet, $bitsAnyClear over integral numbers (two's complement,
/// sign-extended) and binary data (little-endian bit order). The mask is a number, BinData or a
/// list of bit positions.
/// </summary>
public sealed class BitsPredicate : ValuePredicate
{
    private readonly bool all;
    private readonly bool set;
    private readonly int[] positions;

    private BitsPredicate(bool all, bool set, int[] positions)
    {
        this.all = all;
        this.set = set;
        this.positions = positions;
    }

    public static BitsPredicate Parse(string name, BsonValue argument)
    {
        var positions = new List<int>();
        switch (argument)
        {
            case BsonArray array:
                foreach (var item in array)
                {
                    if (!BsonOrder.IsNumber(item))
                    {
                        throw Errors.BadValue($"bit positions must be an integer but got: {item}");
                    }

                    var d = Numeric.ToDouble(item);
                    if (d < 0 || d != Math.Floor(d))
                    {
                        throw Errors.BadValue($"bit positions must be >= 0 but got: {item}");
                    }

                    positions.Add((int)Math.Min(d, int.MaxValue));
                }

                break;
            case BsonBinaryData binary:
                AddBits(binary.Bytes, positions);
                break;
            case var number when BsonOrder.IsNumber(number):
            {
                var d = Numeric.ToDouble(number);
                if (d != Math.Floor(d) || d < 0 || d > long.MaxValue)
                {
                    throw Errors.FailedToParse($"{name} cannot take a negative number or a non-integral number: {number}");
                }

                var mask = number.BsonType == BsonType.Int64 ? number.AsInt64 : (long)d;
                for (var bit = 0; bit < 64; bit++)
                {
                    if ((mask & (1L << bit)) != 0)
                    {
                        positions.Add(bit);
                    }
                }

                break;
            }

            default:
                throw Errors.BadValue($"{name} takes an Array, a number, or a BinData but received: {argument}");
        }

        return new BitsPredicate(name.Contains("All", StringComparison.Ordinal), name.EndsWith("Set", StringComparison.Ordinal), positions.ToArray());
    }

    private static void AddBits(byte[] bytes, List<int> positions)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                if ((bytes[i] & (1 << bit)) != 0)
                {
                    positions.Add(i * 8 + bit);
                }
            }
        }
    }

    public override bool Test(BsonValue? value)
    {
        Func<int, bool> isSet;
        switch (value)
        {
            case BsonBinaryData binary:
            {
                var bytes = binary.Bytes;
                isSet = p => p / 8 < bytes.Length && (bytes[p / 8] & (1 << (p % 8))) != 0;
                break;
            }

            case not null when BsonOrder.IsNumber(value):
            {
                var d = Numeric.ToDouble(value);
                if (d != Math.Floor(d) || d < long.MinValue || d >= 9.2233720368547758e18)
                {
                    return false;
                }

                var n = value.BsonType == BsonType.Int64 ? value.AsInt64 : (long)d;
                isSet = p => p >= 64 ? n < 0 : (n & (1L << p)) != 0;
                break;
            }

            default:
                return false;
        }

        foreach (var position in positions)
        {
            var matches = isSet(position) == set;
            if (all && !matches)
            {
                return false;
            }

            if (!all && matches)
            {
                return true;
            }
        }

        return all;
    }
}
