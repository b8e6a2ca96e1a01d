using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace ShopAnalytics.Models;

/// <summary>One line of an order: a product, how many, and the price paid per unit at the time.</summary>
public sealed record OrderItem
{
    /// <summary>A readable id such as "ord-0001-1" (order id and line number).</summary>
    [BsonId]
    public string Id { get; init; } = string.Empty;

    /// <summary>Reference to <see cref="Order.Id"/>.</summary>
    [BsonElement("order_id")]
    public string OrderId { get; init; } = string.Empty;

    /// <summary>Reference to <see cref="Product.Id"/>.</summary>
    [BsonElement("product_id")]
    public string ProductId { get; init; } = string.Empty;

    /// <summary>Units bought; at least 1.</summary>
    [BsonElement("quantity")]
    public int Quantity { get; init; }

    /// <summary>The price paid per unit (the list price may have changed since). Decimal128.</summary>
    [BsonElement("unit_price")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal UnitPrice { get; init; }

    /// <summary>quantity x unit_price.</summary>
    [BsonIgnore]
    public decimal LineTotal => Quantity * UnitPrice;
}
