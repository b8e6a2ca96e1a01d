using ShopAnalytics.Analytics;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Analytics;

[Collection(ShopCollectionDefinition.Name)]
public sealed class ProductAnalysesTests(ShopTarget target)
{
    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Top_products_by_units_and_by_revenue_match_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var reference = new Reference(data);
        var products = data.Products.ToDictionary(p => p.Id);
        var sales = reference.UnitsByProduct.Keys
            .Select(id => new ProductSales(id, products[id].Name, products[id].Category, reference.UnitsByProduct[id], reference.RevenueByProduct[id]))
            .ToList();

        var byUnits = await new TopProducts(ProductRanking.Units, 5).RunAsync(shop);
        var byRevenue = await new TopProducts(ProductRanking.Revenue, 5).RunAsync(shop);

        Assert.Equal(sales.OrderByDescending(s => s.Units).ThenBy(s => s.ProductId, StringComparer.Ordinal).Take(5), byUnits);
        Assert.Equal(sales.OrderByDescending(s => s.Revenue).ThenBy(s => s.ProductId, StringComparer.Ordinal).Take(5), byRevenue);
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Stock_levels_list_out_of_stock_then_low_stock(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var expected = data.Products.Where(p => p.Stock <= 20)
            .OrderBy(p => p.Stock).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new StockLevel(p.Id, p.Sku, p.Name, p.Category, p.Stock, p.Stock == 0))
            .ToList();

        var rows = await new StockLevels(20).RunAsync(shop);

        Assert.Equal(expected, rows);
        Assert.True(rows[0].OutOfStock);
    }
}
