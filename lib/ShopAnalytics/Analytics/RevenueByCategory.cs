using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>One category's revenue, units sold, and share of all revenue (0..1).</summary>
public sealed record CategoryRevenue(
    [property: BsonId] string Category,
    [property: BsonElement("revenue")] decimal Revenue,
    [property: BsonElement("units")] long Units,
    [property: BsonElement("share")] double Share);

/// <summary>
/// Revenue by product category with its share, largest first. Items are summed per product before
/// products are looked up, so the catalogue is read once per product, not once per item.
/// </summary>
public sealed class RevenueByCategory : Analysis<IReadOnlyList<CategoryRevenue>>
{
    public override string Name => "revenue-by-category";

    public override string Title => "Revenue by category";

    public override string Description => "Revenue and units per product category, with each category's share of total revenue.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.JoinOrder("order_id"),
        new("$group", new BsonDocument
        {
            { "_id", "$product_id" },
            { "revenue", new BsonDocument("$sum", Stages.LineRevenue) },
            { "units", new BsonDocument("$sum", "$quantity") },
        }),
        new("$lookup", new BsonDocument { { "from", CollectionNames.Products }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "product" } }),
        new("$unwind", "$product"),
        new("$group", new BsonDocument
        {
            { "_id", "$product.category" },
            { "revenue", new BsonDocument("$sum", "$revenue") },
            { "units", new BsonDocument("$sum", "$units") },
        }),
        .. Stages.ShareOfTotal("revenue", "share"),
        new("$sort", new BsonDocument { { "revenue", -1 }, { "_id", 1 } }),
    ];

    protected override IReadOnlyList<CategoryRevenue> Shape(IReadOnlyList<BsonDocument> documents) => Rows<CategoryRevenue>(documents);
}
