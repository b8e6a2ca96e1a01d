using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>Average order value and the figures it comes from.</summary>
public sealed record OrderValue(
    [property: BsonElement("orders")] long Orders,
    [property: BsonElement("revenue")] decimal Revenue,
    [property: BsonElement("average")] decimal Average,
    [property: BsonElement("largest")] decimal Largest);

/// <summary>Average order value: revenue divided by the number of orders that are not cancelled and have items.</summary>
public sealed class AverageOrderValue : Analysis<OrderValue>
{
    public override string Name => "average-order-value";

    public override string Title => "Average order value";

    public override string Description => "Revenue per order, over orders that are not cancelled (each order's revenue is the sum of its lines).";

    public override string Collection => CollectionNames.OrderItems;

    public override BsonDocument[] Pipeline() =>
    [
        .. Stages.RevenuePerOrder(),
        new("$group", new BsonDocument
        {
            { "_id", BsonNull.Value },
            { "orders", new BsonDocument("$sum", 1) },
            { "revenue", new BsonDocument("$sum", "$revenue") },
            { "average", new BsonDocument("$avg", "$revenue") },
            { "largest", new BsonDocument("$max", "$revenue") },
        }),
        new("$project", new BsonDocument("_id", 0)),
    ];

    protected override OrderValue Shape(IReadOnlyList<BsonDocument> documents)
        => documents.Count == 0 ? new OrderValue(0, 0m, 0m, 0m) : Rows<OrderValue>(documents)[0];
}
