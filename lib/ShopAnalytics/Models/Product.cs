using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace ShopAnalytics.Models;

/// <summary>A product in the catalogue; <see cref="Price"/> is the current list price.</summary>
public sealed record Product
{
    /// <summary>A readable id such as "prod-laptop".</summary>
    [BsonId]
    public string Id { get; init; } = string.Empty;

    /// <summary>Stock keeping unit, unique across products.</summary>
    [BsonElement("sku")]
    public string Sku { get; init; } = string.Empty;

    [BsonElement("name")]
    public string Name { get; init; } = string.Empty;

    [BsonElement("category")]
    public string Category { get; init; } = string.Empty;

    /// <summary>Money: stored as Decimal128 so that sums are exact.</summary>
    [BsonElement("price")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal Price { get; init; }

    /// <summary>Units on hand; never negative.</summary>
    [BsonElement("stock")]
    public int Stock { get; init; }
}
