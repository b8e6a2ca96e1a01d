using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>Revenue and order count of one calendar month (UTC, by order creation date).</summary>
public sealed record MonthRevenue(
    [property: BsonElement("year")] int Year,
    [property: BsonElement("month")] int Month,
    [property: BsonElement("revenue")] decimal Revenue,
    [property: BsonElement("orders")] long Orders);

/// <summary>Revenue per month of the order's created_at (UTC), oldest first; months without revenue are absent.</summary>
public sealed class MonthlyRevenue : Analysis<IReadOnlyList<MonthRevenue>>
{
    public override string Name => "monthly-revenue";

    public override string Title => "Monthly revenue";

    public override string Description => "Revenue and orders per calendar month of the order date (UTC), oldest first.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.RevenuePerOrder(),
        new("$group", new BsonDocument
        {
            { "_id", new BsonDocument { { "year", new BsonDocument("$year", "$order.created_at") }, { "month", new BsonDocument("$month", "$order.created_at") } } },
            { "revenue", new BsonDocument("$sum", "$revenue") },
            { "orders", new BsonDocument("$sum", 1) },
        }),
        new("$project", new BsonDocument { { "_id", 0 }, { "year", "$_id.year" }, { "month", "$_id.month" }, { "revenue", 1 }, { "orders", 1 } }),
        new("$sort", new BsonDocument { { "year", 1 }, { "month", 1 } }),
    ];

    protected override IReadOnlyList<MonthRevenue> Shape(IReadOnlyList<BsonDocument> documents) => Rows<MonthRevenue>(documents);
}
