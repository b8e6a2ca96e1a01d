using MongoDB.Bson;

namespace ShopAnalytics.Schema;

/// <summary>One index: the collection, its key pattern, a name, and whether it is unique.</summary>
public sealed record IndexDefinition(string Collection, string Name, BsonDocument Keys, bool Unique = false)
{
    /// <summary>The index as the createIndexes command spells it.</summary>
    public BsonDocument ToCommandSpec()
    {
        var spec = new BsonDocument { { "key", Keys }, { "name", Name } };
        if (Unique)
        {
            spec["unique"] = true;
        }

        return spec;
    }
}

/// <summary>
/// The shop's indexes: each one serves a lookup the analyses and operations make (customers by email,
/// orders by customer and by status over time, items by order and by product, products by category and sku).
/// </summary>
public static class IndexDefinitions
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new(CollectionNames.Customers, "email_1", new BsonDocument("email", 1), Unique: true),
        new(CollectionNames.Orders, "customer_id_1", new BsonDocument("customer_id", 1)),
        new(CollectionNames.Orders, "status_1_created_at_1", new BsonDocument { { "status", 1 }, { "created_at", 1 } }),
        new(CollectionNames.OrderItems, "order_id_1", new BsonDocument("order_id", 1)),
        new(CollectionNames.OrderItems, "product_id_1", new BsonDocument("product_id", 1)),
        new(CollectionNames.Products, "category_1", new BsonDocument("category", 1)),
        new(CollectionNames.Products, "sku_1", new BsonDocument("sku", 1), Unique: true),
    ];

    /// <summary>The indexes of one collection.</summary>
    public static IEnumerable<IndexDefinition> For(string collection) => All.Where(i => i.Collection == collection);
}
