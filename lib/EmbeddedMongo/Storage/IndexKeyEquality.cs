using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Equality of whole index keys in BSON comparison order (1 equals 1.0), for unique lookups. A lone
/// value stands for a one-field key, so a lookup by _id allocates no key array.
/// </summary>
public sealed class IndexKeyEquality : IEqualityComparer<BsonValue[]>, IAlternateEqualityComparer<BsonValue, BsonValue[]>
{
    public static readonly IndexKeyEquality Instance = new();

    public bool Equals(BsonValue alternate, BsonValue[] other) => other.Length == 1 && Same(alternate, other[0]);

    public int GetHashCode(BsonValue alternate) => Hash(alternate);

    public BsonValue[] Create(BsonValue alternate) => [alternate];

    public bool Equals(BsonValue[]? x, BsonValue[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!Same(x[i], y[i]))
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

    /// <summary>Equal in BSON order and of the same canonical type (strings and ObjectIds, the usual _ids, compare directly).</summary>
    private static bool Same(BsonValue x, BsonValue y)
    {
        if (x is BsonString sx && y is BsonString sy && Collation.Current is null)
        {
            return string.Equals(sx.Value, sy.Value, StringComparison.Ordinal);
        }

        if (x is BsonObjectId ox && y is BsonObjectId oy)
        {
            return ox.Value == oy.Value;
        }

        return BsonOrder.Rank(x) == BsonOrder.Rank(y) && BsonOrder.CompareValues(x, y) == 0;
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
