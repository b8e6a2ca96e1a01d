using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>A point of the Lorenz curve: the poorest <see cref="CustomerShare"/> of paying customers carry <see cref="RevenueShare"/> of revenue.</summary>
public sealed record LorenzPoint(double CustomerShare, double RevenueShare);

/// <summary>How concentrated revenue is: the top customers' share and the Lorenz curve.</summary>
public sealed record Concentration(long Customers, long TopCustomers, double TopShare, IReadOnlyList<LorenzPoint> Lorenz);

/// <summary>One bucket of ranked customers as the pipeline returns it.</summary>
[BsonIgnoreExtraElements]
public sealed record ConcentrationBucket(
    [property: BsonElement("customers")] long Customers,
    [property: BsonElement("customer_share")] double CustomerShare,
    [property: BsonElement("revenue_share")] double RevenueShare,
    [property: BsonElement("top_customers")] long TopCustomers,
    [property: BsonElement("top_share")] double TopShare);

/// <summary>
/// Revenue concentration over paying customers (customers with revenue): the share of revenue from the
/// top ceil(5%) of them, and Lorenz curve points. $setWindowFields ranks customers by revenue (largest
/// first) with a running sum; each of <see cref="Points"/> buckets of ranks gives one curve point.
/// </summary>
public sealed class RevenueConcentration(double topFraction = 0.05, int points = 20) : Analysis<Concentration>
{
    public double TopFraction { get; } = topFraction is > 0 and <= 1 ? topFraction : throw new ArgumentOutOfRangeException(nameof(topFraction));

    public int Points { get; } = points >= 1 ? points : throw new ArgumentOutOfRangeException(nameof(points));

    public override string Name => "revenue-concentration";

    public override string Title => "Revenue concentration";

    public override string Description => $"Share of revenue from the top {TopFraction:P0} of paying customers, and the Lorenz curve of spending.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.RevenuePerOrder(),
        new("$group", new BsonDocument { { "_id", "$order.customer_id" }, { "revenue", new BsonDocument("$sum", "$revenue") } }),
        new("$setWindowFields", new BsonDocument
        {
            // One sort key: rank-style window functions ($documentNumber) take exactly one. Ties in
            // revenue cannot change a running sum at any rank, so the curve does not depend on their order.
            { "sortBy", new BsonDocument("revenue", -1) },
            {
                "output", new BsonDocument
                {
                    { "rank", new BsonDocument("$documentNumber", new BsonDocument()) },
                    { "cumulative", Window("$revenue", "current") },
                    { "total", Window("$revenue", "unbounded") },
                    { "customers", Window(1, "unbounded") },
                }
            },
        }),
        new("$set", new BsonDocument
        {
            { "bucket", new BsonDocument("$ceil", new BsonDocument("$divide", new BsonArray { new BsonDocument("$multiply", new BsonArray { "$rank", Points }), "$customers" })) },
            { "top", new BsonDocument("$lte", new BsonArray { "$rank", new BsonDocument("$ceil", new BsonDocument("$multiply", new BsonArray { "$customers", TopFraction })) }) },
        }),
        new("$group", new BsonDocument
        {
            { "_id", "$bucket" },
            { "rank", new BsonDocument("$max", "$rank") },
            { "cumulative", new BsonDocument("$max", "$cumulative") },
            { "total", new BsonDocument("$first", "$total") },
            { "customers", new BsonDocument("$first", "$customers") },
            { "top_customers", new BsonDocument("$sum", new BsonDocument("$cond", new BsonArray { "$top", 1, 0 })) },
            { "top_cumulative", new BsonDocument("$max", new BsonDocument("$cond", new BsonArray { "$top", "$cumulative", 0 })) },
        }),
        new("$project", new BsonDocument
        {
            { "customers", 1 },
            { "top_customers", 1 },
            { "customer_share", new BsonDocument("$subtract", new BsonArray { 1, Ratio("$rank", "$customers") }) },
            { "revenue_share", new BsonDocument("$subtract", new BsonArray { 1, Ratio("$cumulative", "$total") }) },
            { "top_share", Ratio("$top_cumulative", "$total") },
        }),
        new("$sort", new BsonDocument("customer_share", 1)),
    ];

    protected override Concentration Shape(IReadOnlyList<BsonDocument> documents)
    {
        var buckets = Rows<ConcentrationBucket>(documents);
        if (buckets.Count == 0)
        {
            return new Concentration(0, 0, 0, []);
        }

        var lorenz = buckets.Select(b => new LorenzPoint(Math.Max(0, b.CustomerShare), Math.Max(0, b.RevenueShare))).Append(new LorenzPoint(1, 1)).ToList();
        return new Concentration(buckets[0].Customers, buckets.Sum(b => b.TopCustomers), buckets.Max(b => b.TopShare), lorenz);
    }

    private static BsonDocument Window(BsonValue value, string upper) => new()
    {
        { "$sum", value },
        { "window", new BsonDocument("documents", new BsonArray { "unbounded", upper }) },
    };

    private static BsonDocument Ratio(string numerator, string denominator)
        => new("$toDouble", new BsonDocument("$divide", new BsonArray { numerator, denominator }));
}
