using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>A product whose stock is at or below the threshold; <see cref="OutOfStock"/> when none is left.</summary>
public sealed record StockLevel(
    [property: BsonId] string ProductId,
    [property: BsonElement("sku")] string Sku,
    [property: BsonElement("name")] string Name,
    [property: BsonElement("category")] string Category,
    [property: BsonElement("stock")] int Stock,
    [property: BsonElement("out_of_stock")] bool OutOfStock);

/// <summary>Out-of-stock and low-stock products (stock at or below <see cref="Threshold"/>), emptiest first.</summary>
public sealed class StockLevels(int threshold = 10) : Analysis<IReadOnlyList<StockLevel>>
{
    public int Threshold { get; } = threshold >= 0 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold));

    public override string Name => "stock-levels";

    public override string Title => "Out-of-stock and low-stock products";

    public override string Description => $"Products with no stock left, then those with {Threshold} units or fewer.";

    public override string Collection => CollectionNames.Products;

    public override BsonDocument[] Pipeline() =>
    [
        new("$match", new BsonDocument("stock", new BsonDocument("$lte", Threshold))),
        new("$project", new BsonDocument
        {
            { "sku", 1 },
            { "name", 1 },
            { "category", 1 },
            { "stock", 1 },
            { "out_of_stock", new BsonDocument("$eq", new BsonArray { "$stock", 0 }) },
        }),
        new("$sort", new BsonDocument { { "stock", 1 }, { "_id", 1 } }),
    ];

    protected override IReadOnlyList<StockLevel> Shape(IReadOnlyList<BsonDocument> documents) => Rows<StockLevel>(documents);
}
