using ShopAnalytics.Data;
using ShopAnalytics.Models;

namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>
/// Independent LINQ answers over an in-memory dataset, to check the pipelines against. Revenue is
/// the sum of quantity x unit_price over items whose order is not cancelled.
/// </summary>
public sealed class Reference(ShopDataset data)
{
    private readonly Dictionary<string, Order> orders = data.Orders.ToDictionary(o => o.Id);
    private readonly Dictionary<string, Product> products = data.Products.ToDictionary(p => p.Id);

    public ShopDataset Data => data;

    /// <summary>Items of orders that are not cancelled, with their order and product.</summary>
    public IEnumerable<(OrderItem Item, Order Order, Product Product)> RevenueLines => data.OrderItems
        .Select(i => (Item: i, Order: orders[i.OrderId], Product: products[i.ProductId]))
        .Where(x => x.Order.Status != OrderStatus.Cancelled);

    public decimal TotalRevenue => RevenueLines.Sum(x => x.Item.LineTotal);

    public Dictionary<string, decimal> RevenueByCustomer => RevenueLines
        .GroupBy(x => x.Order.CustomerId)
        .ToDictionary(g => g.Key, g => g.Sum(x => x.Item.LineTotal));

    public Dictionary<string, decimal> RevenueByCategory => RevenueLines
        .GroupBy(x => x.Product.Category)
        .ToDictionary(g => g.Key, g => g.Sum(x => x.Item.LineTotal));

    public Dictionary<string, int> UnitsByProduct => RevenueLines
        .GroupBy(x => x.Product.Id)
        .ToDictionary(g => g.Key, g => g.Sum(x => x.Item.Quantity));

    public Dictionary<string, decimal> RevenueByProduct => RevenueLines
        .GroupBy(x => x.Product.Id)
        .ToDictionary(g => g.Key, g => g.Sum(x => x.Item.LineTotal));

    /// <summary>Share of revenue carried by the top ceil(5%) of customers with revenue.</summary>
    public double TopCustomerShare(double fraction = 0.05)
    {
        var spend = RevenueByCustomer.Values.OrderDescending().ToList();
        var top = (int)Math.Ceiling(spend.Count * fraction);
        return (double)(spend.Take(top).Sum() / spend.Sum());
    }

    public HashSet<string> InactiveCustomerIds => [.. data.Customers.Select(c => c.Id).Except(data.Orders.Select(o => o.CustomerId))];
}
