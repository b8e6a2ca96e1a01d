using ShopAnalytics.Data;
using ShopAnalytics.Models;

namespace Bench.Analytics;

/// <summary>
/// The LINQ side's join: each order item with its order, for orders that are not cancelled (what the
/// pipelines' $lookup + $unwind + $match do). Built afresh on every run, as the pipeline joins afresh.
/// </summary>
public static class RevenueLines
{
    public static IEnumerable<(OrderItem Item, Order Order)> Of(ShopDataset data)
    {
        var orders = new Dictionary<string, Order>(data.Orders.Count, StringComparer.Ordinal);
        foreach (var order in data.Orders)
        {
            orders[order.Id] = order;
        }

        return data.OrderItems
            .Select(item => (Item: item, Order: orders.GetValueOrDefault(item.OrderId)))
            .Where(x => x.Order is not null && x.Order.Status != OrderStatus.Cancelled)
            .Select(x => (x.Item, x.Order!));
    }

    /// <summary>Ordinal string order, as BSON compares strings.</summary>
    public static StringComparer Ordinal => StringComparer.Ordinal;
}
