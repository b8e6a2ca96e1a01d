using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>A customer's spending: revenue from their orders that are not cancelled.</summary>
[BsonIgnoreExtraElements]
public sealed record CustomerSpending(
    [property: BsonId] string CustomerId,
    [property: BsonElement("name")] string Name,
    [property: BsonElement("email")] string Email,
    [property: BsonElement("country")] string Country,
    [property: BsonElement("revenue")] decimal Revenue,
    [property: BsonElement("orders")] long Orders);

/// <summary>
/// The N customers who spent most (ties broken by customer id). Items are summed per order first, so each
/// order is looked up once by _id and counted once; only the winners are looked up in customers.
/// </summary>
public sealed class TopCustomers(int count = 10) : Analysis<IReadOnlyList<CustomerSpending>>
{
    public int Count { get; } = count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count));

    public override string Name => "top-customers";

    public override string Title => $"Top {Count} customers by spending";

    public override string Description => "Customers ranked by revenue from their orders that are not cancelled.";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.RevenuePerOrder(),
        new("$group", new BsonDocument
        {
            { "_id", "$order.customer_id" },
            { "revenue", new BsonDocument("$sum", "$revenue") },
            { "orders", new BsonDocument("$sum", 1) },
        }),
        new("$sort", new BsonDocument { { "revenue", -1 }, { "_id", 1 } }),
        new("$limit", Count),
        new("$lookup", new BsonDocument { { "from", CollectionNames.Customers }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "customer" } }),
        new("$unwind", "$customer"),
        new("$project", new BsonDocument
        {
            { "name", "$customer.name" },
            { "email", "$customer.email" },
            { "country", "$customer.address.country" },
            { "revenue", 1 },
            { "orders", 1 },
        }),
        new("$sort", new BsonDocument { { "revenue", -1 }, { "_id", 1 } }),
    ];

    protected override IReadOnlyList<CustomerSpending> Shape(IReadOnlyList<BsonDocument> documents) => Rows<CustomerSpending>(documents);
}
