using ShopAnalytics.Models;

namespace ShopAnalytics.Data.Olist;

/// <summary>Olist order statuses mapped onto ours.</summary>
public static class OlistStatusMap
{
    private static readonly Dictionary<string, OrderStatus> Map = new(StringComparer.Ordinal)
    {
        ["created"] = OrderStatus.Pending,
        ["approved"] = OrderStatus.Paid,
        ["invoiced"] = OrderStatus.Paid,
        ["processing"] = OrderStatus.Paid,
        ["shipped"] = OrderStatus.Shipped,
        ["delivered"] = OrderStatus.Delivered,
        ["canceled"] = OrderStatus.Cancelled,
        ["unavailable"] = OrderStatus.Cancelled,
    };

    /// <summary>Our status for an Olist one; null when Olist's is unknown.</summary>
    public static OrderStatus? Find(string olistStatus) => Map.TryGetValue(olistStatus, out var status) ? status : null;
}
