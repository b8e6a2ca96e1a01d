using MongoDB.Bson;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Diagnostics;

/// <summary>A query the shop runs often, with the collection it reads and the index meant to serve it.</summary>
/// <param name="Name">What the query asks, in words.</param>
/// <param name="Collection">The collection it reads.</param>
/// <param name="Filter">The find filter.</param>
/// <param name="Index">The index from <see cref="IndexDefinitions"/> that serves it.</param>
public sealed record IndexedQuery(string Name, string Collection, BsonDocument Filter, string Index);

/// <summary>
/// The shop's most frequent queries (the reason each index exists), used by the indexing lesson
/// to compare plans with and without the index.
/// </summary>
public static class IndexedQueries
{
    /// <summary>The frequent queries for one customer, one product and one status/date window.</summary>
    public static IReadOnlyList<IndexedQuery> For(string customerId, string productId, string orderId, DateTime from, DateTime to) =>
    [
        new("orders of one customer", CollectionNames.Orders, new BsonDocument("customer_id", customerId), "customer_id_1"),
        new("shipped orders in a date window", CollectionNames.Orders,
            new BsonDocument { { "status", "shipped" }, { "created_at", new BsonDocument { { "$gte", from }, { "$lt", to } } } }, "status_1_created_at_1"),
        new("items of one order", CollectionNames.OrderItems, new BsonDocument("order_id", orderId), "order_id_1"),
        new("sales lines of one product", CollectionNames.OrderItems, new BsonDocument("product_id", productId), "product_id_1"),
    ];
}
