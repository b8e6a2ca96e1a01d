namespace ShopAnalytics.Models;

/// <summary>
/// Where an order is in its life. Stored as lowercase strings ("pending", "paid", "shipped",
/// "delivered", "cancelled") by <see cref="OrderStatusSerializer"/>.
/// </summary>
public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}
