using MongoDB.Bson.Serialization.Attributes;

namespace ShopAnalytics.Models;

/// <summary>A customer of the shop, with the address embedded (read together, so stored together).</summary>
public sealed record Customer
{
    /// <summary>A readable id such as "cust-alice".</summary>
    [BsonId]
    public string Id { get; init; } = string.Empty;

    [BsonElement("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Unique across customers (a unique index enforces it).</summary>
    [BsonElement("email")]
    public string Email { get; init; } = string.Empty;

    [BsonElement("address")]
    public Address Address { get; init; } = new();

    /// <summary>When the customer signed up (UTC).</summary>
    [BsonElement("created_at")]
    public DateTime CreatedAt { get; init; }
}
