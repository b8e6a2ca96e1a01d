using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>What ranks products: units sold or revenue.</summary>
public enum ProductRanking
{
    Units,
    Revenue,
}

/// <summary>A product's sales over orders that are not cancelled.</summary>
[BsonIgnoreExtraElements]
public sealed record ProductSales(
    [property: BsonId] string ProductId,
    [property: BsonElement("name")] string Name,
    [property: BsonElement("category")] string Category,
    [property: BsonElement("units")] long Units,
    [property: BsonElement("revenue")] decimal Revenue);

/// <summary>The N best-selling products by units or by revenue (ties broken by product id).</summary>
public sealed class TopProducts(ProductRanking ranking = ProductRanking.Units, int count = 10) : Analysis<IReadOnlyList<ProductSales>>
{
    public ProductRanking Ranking { get; } = ranking;

    public int Count { get; } = count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count));

    private string Key => Ranking == ProductRanking.Units ? "units" : "revenue";

    public override string Name => "top-products-by-" + Key;

    public override string Title => $"Top {Count} products by {Key}";

    public override string Description => $"Products ranked by {Key} sold in orders that are not cancelled.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.JoinOrder("order_id"),
        new("$group", new BsonDocument
        {
            { "_id", "$product_id" },
            { "units", new BsonDocument("$sum", "$quantity") },
            { "revenue", new BsonDocument("$sum", Stages.LineRevenue) },
        }),
        new("$sort", new BsonDocument { { Key, -1 }, { "_id", 1 } }),
        new("$limit", Count),
        new("$lookup", new BsonDocument { { "from", CollectionNames.Products }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "product" } }),
        new("$unwind", "$product"),
        new("$project", new BsonDocument { { "name", "$product.name" }, { "category", "$product.category" }, { "units", 1 }, { "revenue", 1 } }),
        new("$sort", new BsonDocument { { Key, -1 }, { "_id", 1 } }),
    ];

    protected override IReadOnlyList<ProductSales> Shape(IReadOnlyList<BsonDocument> documents) => Rows<ProductSales>(documents);
}
