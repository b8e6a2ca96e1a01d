using MongoDB.Bson;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Analytics;

/// <summary>Pipeline fragments shared by the analyses, so that "revenue" means the same thing everywhere.</summary>
public static class Stages
{
    /// <summary>The revenue of one line: quantity x unit_price (Decimal128 stays exact).</summary>
    public static BsonDocument LineRevenue => new("$multiply", new BsonArray { "$quantity", "$unit_price" });

    /// <summary>
    /// From order_items: one document per order { _id: order_id, revenue, units (when asked), order } for
    /// orders that are not cancelled. Items are grouped first (an order's items are stored together), so
    /// each order is looked up once by _id rather than once per item, and "orders" is a plain count.
    /// </summary>
    public static IEnumerable<BsonDocument> RevenuePerOrder(bool units = false)
    {
        var group = new BsonDocument
        {
            { "_id", "$order_id" },
            { "revenue", new BsonDocument("$sum", LineRevenue) },
        };
        if (units)
        {
            group.Add("units", new BsonDocument("$sum", "$quantity"));
        }

        yield return new BsonDocument("$group", group);
        foreach (var stage in JoinOrder("_id"))
        {
            yield return stage;
        }
    }

    /// <summary>
    /// Looks up the order of each document by <paramref name="orderIdField"/> (the orders' _id index),
    /// keeps it as "order", and drops documents whose order is cancelled (or missing).
    /// </summary>
    public static IEnumerable<BsonDocument> JoinOrder(string orderIdField)
    {
        yield return new BsonDocument("$lookup", new BsonDocument
        {
            { "from", CollectionNames.Orders },
            { "localField", orderIdField },
            { "foreignField", "_id" },
            { "as", "order" },
        });
        yield return new BsonDocument("$unwind", "$order");
        yield return new BsonDocument("$match", new BsonDocument("order.status", new BsonDocument("$ne", OrderStatusSerializer.ToStored(OrderStatus.Cancelled))));
    }

    /// <summary>Adds <paramref name="output"/> = value / (sum of value over all documents) as a double (0 when the total is 0).</summary>
    public static IEnumerable<BsonDocument> ShareOfTotal(string value, string output)
    {
        yield return new BsonDocument("$setWindowFields", new BsonDocument
        {
            { "output", new BsonDocument("total_", new BsonDocument { { "$sum", "$" + value }, { "window", new BsonDocument("documents", new BsonArray { "unbounded", "unbounded" }) } }) },
        });
        yield return new BsonDocument("$set", new BsonDocument(output, new BsonDocument("$cond", new BsonArray
        {
            new BsonDocument("$eq", new BsonArray { "$total_", 0 }),
            0.0,
            new BsonDocument("$toDouble", new BsonDocument("$divide", new BsonArray { "$" + value, "$total_" })),
        })));
        yield return new BsonDocument("$unset", "total_");
    }
}
