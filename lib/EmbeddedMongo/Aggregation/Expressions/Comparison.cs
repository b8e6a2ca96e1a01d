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

        return BsonOrder.CompareValues(a, b);
    }

    private static int Rank(BsonValue? v) => v is null || v.BsonType == BsonType.Undefined ? 0 : BsonOrder.Rank(v);

    public static bool AreEqual(BsonValue? a, BsonValue? b) => Compare(a, b) == 0;
}
