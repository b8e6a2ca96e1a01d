using ShopAnalytics.Models;

namespace ShopAnalytics.Data;

/// <summary>A whole shop in memory: what the generator produces, the tutorial files hold, or an import reads.</summary>
public sealed record ShopDataset(
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<OrderItem> OrderItems);
