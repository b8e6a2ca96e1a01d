using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>LINQ answers to the revenue analyses (total, by category, by month, average order value).</summary>
public static class RevenueAnswers
{
    public static RevenueTotal Total(ShopDataset data)
    {
        var lines = RevenueLines.Of(data).ToList();
        return new RevenueTotal(lines.Sum(x => x.Item.LineTotal), lines.Select(x => x.Order.Id).Distinct().LongCount(), lines.Sum(x => (long)x.Item.Quantity));
    }

    public static IReadOnlyList<CategoryRevenue> ByCategory(ShopDataset data)
    {
        var products = data.Products.ToDictionary(p => p.Id, RevenueLines.Ordinal);
        var categories = RevenueLines.Of(data)
            .GroupBy(x => products[x.Item.ProductId].Category, RevenueLines.Ordinal)
            .Select(g => (Category: g.Key, Revenue: g.Sum(x => x.Item.LineTotal), Units: g.Sum(x => (long)x.Item.Quantity)))
            .ToList();
        var total = categories.Sum(c => c.Revenue);
        return [.. categories
            .OrderByDescending(c => c.Revenue).ThenBy(c => c.Category, RevenueLines.Ordinal)
            .Select(c => new CategoryRevenue(c.Category, c.Revenue, c.Units, total == 0 ? 0 : (double)(c.Revenue / total)))];
    }

    public static IReadOnlyList<MonthRevenue> Monthly(ShopDataset data) =>
    [
        .. RevenueLines.Of(data)
            .GroupBy(x => (x.Order.CreatedAt.Year, x.Order.CreatedAt.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthRevenue(g.Key.Year, g.Key.Month, g.Sum(x => x.Item.LineTotal), g.Select(x => x.Order.Id).Distinct().LongCount())),
    ];

    public static OrderValue AverageOrderValue(ShopDataset data)
    {
        var perOrder = RevenueLines.Of(data).GroupBy(x => x.Order.Id, RevenueLines.Ordinal).Select(g => g.Sum(x => x.Item.LineTotal)).ToList();
        if (perOrder.Count == 0)
        {
            return new OrderValue(0, 0m, 0m, 0m);
        }

        var revenue = perOrder.Sum();
        return new OrderValue(perOrder.Count, revenue, revenue / perOrder.Count, perOrder.Max());
    }
}
