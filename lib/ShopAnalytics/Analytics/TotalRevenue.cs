using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>Total revenue, the number of (not cancelled) orders with items it comes from, and the units sold.</summary>
public sealed record RevenueTotal(
    [property: BsonElement("revenue")] decimal Revenue,
    [property: BsonElement("orders")] long Orders,
    [property: BsonElement("units")] long Units);

/// <summary>How much the shop has earned: sum of quantity x unit_price over items of orders that are not cancelled.</summary>
public sealed class TotalRevenue : Analysis<RevenueTotal>
{
    public override string Name => "total-revenue";

    public override string Title => "Total revenue";

    public override string Description => "Sum of quantity x unit_price over the items of every order that is not cancelled.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.RevenuePerOrder(units: true),
        new("$group", new BsonDocument
        {
            { "_id", BsonNull.Value },
            { "revenue", new BsonDocument("$sum", "$revenue") },
            { "orders", new BsonDocument("$sum", 1) },
            { "units", new BsonDocument("$sum", "$units") },
        }),
        new("$project", new BsonDocument("_id", 0)),
    ];

    protected override RevenueTotal Shape(IReadOnlyList<BsonDocument> documents)
        => documents.Count == 0 ? new RevenueTotal(0m, 0, 0) : Rows<RevenueTotal>(documents)[0];
}
