namespace ShopAnalytics.Schema;

/// <summary>The shop's collection names, in one place.</summary>
public static class CollectionNames
{
    public const string Customers = "customers";
    public const string Products = "products";
    public const string Orders = "orders";
    public const string OrderItems = "order_items";

    /// <summary>All four, in the order data is loaded (referenced collections first).</summary>
    public static IReadOnlyList<string> All { get; } = [Customers, Products, Orders, OrderItems];
}
