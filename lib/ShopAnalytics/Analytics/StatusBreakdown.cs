using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>How many orders are in one status, and their share of all orders.</summary>
public sealed record StatusCount(
    [property: BsonId, BsonSerializer(typeof(OrderStatusSerializer))] OrderStatus Status,
    [property: BsonElement("orders")] long Orders,
    [property: BsonElement("share")] double Share);

/// <summary>Orders per status (all orders, cancelled included), most common first.</summary>
public sealed class StatusBreakdown : Analysis<IReadOnlyList<StatusCount>>
{
    public override string Name => "order-status";

    public override string Title => "Order status breakdown";

    public override string Description => "Number and share of orders in each status.";

    public override string Collection => CollectionNames.Orders;

    public override BsonDocument[] Pipeline() =>
    [
        new("$group", new BsonDocument { { "_id", "$status" }, { "orders", new BsonDocument("$sum", 1) } }),
        .. Stages.ShareOfTotal("orders", "share"),
        new("$sort", new BsonDocument { { "orders", -1 }, { "_id", 1 } }),
    ];

    protected override IReadOnlyList<StatusCount> Shape(IReadOnlyList<BsonDocument> documents) => Rows<StatusCount>(documents);
}
