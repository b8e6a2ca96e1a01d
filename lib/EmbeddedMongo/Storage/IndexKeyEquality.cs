using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Equality of whole index keys in BSON comparison order (1 equals 1.0), for unique lookups.</summary>
public sealed class IndexKeyEquality : IEqualityComparer<BsonValue[]>
{
    public static readonly IndexKeyEquality Instance = new();

    public bool Equals(BsonValue[]? x, BsonValue[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (BsonOrder.Rank(x[i]) != BsonOrder.Rank(y[i]) || BsonOrder.CompareValues(x[i], y[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(BsonValue[] key)
    {
        if (key.Length == 1)
        {
            return Hash(key[0]);
        }

        var hash = new HashCode();
        foreach (var value in key)
        {
            hash.Add(Hash(value));
        }

        return hash.ToHashCode();
    }

    private static int Hash(BsonValue value)
    {
        switch (value.BsonType)
        {
            case BsonType.ObjectId:
                return value.AsObjectId.GetHashCode();
            case BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128:
            {
                // Equal numbers of different types must hash alike: whole numbers hash as longs.
                var d = Numeric.ToDouble(value);
                return d == Math.Floor(d) && Math.Abs(d) < 1L << 52 ? ((long)d).GetHashCode() : BsonOrder.Instance.GetHashCode(value);
            }

            default:
                return BsonOrder.Instance.GetHashCode(value);
        }
    }
}
