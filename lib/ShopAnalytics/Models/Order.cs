using MongoDB.Bson.Serialization.Attributes;

namespace ShopAnalytics.Models;

/// <summary>
/// An order: who placed it, where it is in its life, and where it ships. Its lines live in the
/// order_items collection (referenced by order_id) so that orders stay small and items can be
/// analysed on their own.
/// </summary>
public sealed record Order
{
    /// <summary>A readable id such as "ord-0001".</summary>
    [BsonId]
    public string Id { get; init; } = string.Empty;

    /// <summary>Reference to <see cref="Customer.Id"/>.</summary>
    [BsonElement("customer_id")]
    public string CustomerId { get; init; } = string.Empty;

    [BsonElement("status")]
    [BsonSerializer(typeof(OrderStatusSerializer))]
    public OrderStatus Status { get; init; }

    [BsonElement("created_at")]
    public DateTime CreatedAt { get; init; }

    [BsonElement("updated_at")]
    public DateTime UpdatedAt { get; init; }

    /// <summary>A copy of the address at the time of ordering: later moves do not rewrite history.</summary>
    [BsonElement("shipping_address")]
    public Address ShippingAddress { get; init; } = new();
}
