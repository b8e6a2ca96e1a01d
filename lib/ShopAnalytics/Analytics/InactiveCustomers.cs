using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>A customer who has never placed an order.</summary>
public sealed record InactiveCustomer(
    [property: BsonId] string CustomerId,
    [property: BsonElement("name")] string Name,
    [property: BsonElement("email")] string Email,
    [property: BsonElement("created_at")] DateTime? SignedUp);

/// <summary>Customers with no orders at all (of any status): a $lookup on orders.customer_id that comes back empty.</summary>
public sealed class InactiveCustomers : Analysis<IReadOnlyList<InactiveCustomer>>
{
    public override string Name => "inactive-customers";

    public override string Title => "Inactive customers";

    public override string Description => "Customers who have never placed an order (found with $lookup on orders.customer_id).";

    public override string Collection => CollectionNames.Customers;

    public override BsonDocument[] Pipeline() =>
    [
        new("$lookup", new BsonDocument { { "from", CollectionNames.Orders }, { "localField", "_id" }, { "foreignField", "customer_id" }, { "as", "orders" } }),
        new("$match", new BsonDocument("orders", new BsonDocument("$size", 0))),
        new("$project", new BsonDocument { { "name", 1 }, { "email", 1 }, { "created_at", 1 } }),
        new("$sort", new BsonDocument("_id", 1)),
    ];

    protected override IReadOnlyList<InactiveCustomer> Shape(IReadOnlyList<BsonDocument> documents) => Rows<InactiveCustomer>(documents);
}
