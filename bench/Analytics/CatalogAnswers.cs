using ShopAnalytics.Analytics;
using ShopAnalytics.Data;
using ShopAnalytics.Models;

namespace Bench.Analytics;

/// <summary>LINQ answers to the product and order analyses (top products, stock levels, status breakdown).</summary>
public static class CatalogAnswers
{
    public static IReadOnlyList<ProductSales> TopProducts(ShopDataset data, ProductRanking ranking, int count)
    {
        var products = data.Products.ToDictionary(p => p.Id, RevenueLines.Ordinal);
        var sales = RevenueLines.Of(data)
            .GroupBy(x => x.Item.ProductId, RevenueLines.Ordinal)
            .Select(g => (Id: g.Key, Units: g.Sum(x => (long)x.Item.Quantity), Revenue: g.Sum(x => x.Item.LineTotal)));
        var ranked = ranking == ProductRanking.Units
            ? sales.OrderByDescending(s => s.Units)
            : sales.OrderByDescending(s => s.Revenue);
        return [.. ranked.ThenBy(s => s.Id, RevenueLines.Ordinal)
            .Take(count)
            .Select(s => (Sales: s, Product: products[s.Id]))
            .Select(x => new ProductSales(x.Sales.Id, x.Product.Name, x.Product.Category, x.Sales.Units, x.Sales.Revenue))];
    }

    public static IReadOnlyList<StockLevel> StockLevels(ShopDataset data, int threshold) =>
    [
        .. data.Products
            .Where(p => p.Stock <= threshold)
            .OrderBy(p => p.Stock).ThenBy(p => p.Id, RevenueLines.Ordinal)
            .Select(p => new StockLevel(p.Id, p.Sku, p.Name, p.Category, p.Stock, p.Stock == 0)),
    ];

    public static IReadOnlyList<StatusCount> StatusBreakdown(ShopDataset data)
    {
        var total = data.Orders.Count;
        return [.. data.Orders
            .GroupBy(o => o.Status)
            .Select(g => (Status: g.Key, Stored: OrderStatusSerializer.ToStored(g.Key), Orders: g.LongCount()))
            .OrderByDescending(s => s.Orders).ThenBy(s => s.Stored, RevenueLines.Ordinal)
            .Select(s => new StatusCount(s.Status, s.Orders, (double)s.Orders / total))];
    }
}
