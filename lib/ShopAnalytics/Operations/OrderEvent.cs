using MongoDB.Bson;
using ShopAnalytics.Models;

namespace ShopAnalytics.Operations;

/// <summary>What happened to an order.</summary>
public enum OrderEventKind
{
    /// <summary>A new order was inserted.</summary>
    Placed,

    /// <summary>An order's status was changed.</summary>
    StatusChanged,
}

/// <summary>
/// One event of the <see cref="OrderFeed"/>. Save <see cref="ResumeToken"/> to continue the feed later
/// from just after this event.
/// </summary>
public sealed record OrderEvent(OrderEventKind Kind, string OrderId, OrderStatus Status, Order? Order, DateTime? WallTime, BsonDocument ResumeToken);
