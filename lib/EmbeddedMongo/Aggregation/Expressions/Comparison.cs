using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$cmp, $eq, $ne, $gt, $gte, $lt, $lte: BSON order across types; missing sorts below null here.</summary>
internal static class Comparison
{
    public static readonly OperatorTable Table = new(
        ("$cmp", Op.Binary((a, b) => new BsonInt32(Math.Sign(Compare(a, b))))),
        ("$eq", Op.Binary((a, b) => Values.Bool(Compare(a, b) == 0))),
        ("$gt", Op.Binary((a, b) => Values.Bool(Compare(a, b) > 0))),
        ("$gte", Op.Binary((a, b) => Values.Bool(Compare(a, b) >= 0))),
        ("$lt", Op.Binary((a, b) => Values.Bool(Compare(a, b) < 0))),
        ("$lte", Op.Binary((a, b) => Values.Bool(Compare(a, b) <= 0))),
        ("$ne", Op.Binary((a, b) => Values.Bool(Compare(a, b) != 0))));

    /// <summary>The aggregation comparison: like the query order, except that missing (and undefined) rank below null.</summary>
    public static int Compare(BsonValue? a, BsonValue? b)
    {
        if (a is null || b is null || a.BsonType == BsonType.Undefined || b.BsonType == BsonType.Undefined)
        {
            return Rank(a).CompareTo(Rank(b));
        }

        // A double meets a decimal with all 34 digits (the server's compareDecimalToDouble), not 15.
        if (a.BsonType == BsonType.Decimal128 && b.BsonType == BsonType.Double)
        {
            return BsonOrder.CompareValues(a, new BsonDecimal128(DecimalMath.FromDouble34(b.AsDouble)));
        }

        if (a.BsonType == BsonType.Double && b.BsonType == BsonType.Decimal128)
        {
            return BsonOrder.CompareValues(new BsonDecimal128(DecimalMath.FromDouble34(a.AsDouble)), b);
        }

        return BsonOrder.CompareValues(a, b);
    }

    private static int Rank(BsonValue? v) => v is null || v.BsonType == BsonType.Undefined ? 0 : BsonOrder.Rank(v);

    public static bool AreEqual(BsonValue? a, BsonValue? b) => Compare(a, b) == 0;
}
