using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>How many customers live in one country and state.</summary>
public sealed record LocationCount(
    [property: BsonElement("country")] string Country,
    [property: BsonElement("state")] string State,
    [property: BsonElement("customers")] long Customers);

/// <summary>Customers per country and state of their address, most first.</summary>
public sealed class CustomersByLocation : Analysis<IReadOnlyList<LocationCount>>
{
    public override string Name => "customers-by-location";

    public override string Title => "Customers by country and state";

    public override string Description => "Number of customers per country and state of their (embedded) address.";

    public override string Collection => CollectionNames.Customers;

    public override BsonDocument[] Pipeline() =>
    [
        new("$group", new BsonDocument
        {
            { "_id", new BsonDocument { { "country", "$address.country" }, { "state", "$address.state" } } },
            { "customers", new BsonDocument("$sum", 1) },
        }),
        new("$project", new BsonDocument { { "_id", 0 }, { "country", "$_id.country" }, { "state", "$_id.state" }, { "customers", 1 } }),
        new("$sort", new BsonDocument { { "customers", -1 }, { "country", 1 }, { "state", 1 } }),
    ];

    protected override IReadOnlyList<LocationCount> Shape(IReadOnlyList<BsonDocument> documents) => Rows<LocationCount>(documents);
}
