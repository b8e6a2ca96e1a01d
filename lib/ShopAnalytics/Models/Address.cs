using MongoDB.Bson.Serialization.Attributes;

namespace ShopAnalytics.Models;

/// <summary>A postal address, embedded in a customer and copied into each order as its shipping snapshot.</summary>
public sealed record Address
{
    [BsonElement("street")]
    public string Street { get; init; } = string.Empty;

    [BsonElement("city")]
    public string City { get; init; } = string.Empty;

    [BsonElement("state")]
    public string State { get; init; } = string.Empty;

    /// <summary>Kept as a string: postal codes are labels, and leading zeros matter ("01310").</summary>
    [BsonElement("postal_code")]
    public string PostalCode { get; init; } = string.Empty;

    [BsonElement("country")]
    public string Country { get; init; } = string.Empty;
}
