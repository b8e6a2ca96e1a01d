using ShopAnalytics.Analytics;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Analytics;

/// <summary>The tutorial dataset's known answers (worked out by hand from data/tutorial/*.json).</summary>
[Collection(ShopCollectionDefinition.Name)]
public sealed class TutorialAnswersTests(ShopTarget target)
{
    [Fact]
    public async Task Total_revenue_is_17811_05_from_22_orders()
    {
        var (shop, _) = await target.TutorialAsync();

        var total = await new TotalRevenue().RunAsync(shop);

        Assert.Equal(new RevenueTotal(17811.05m, 22, 59), total);
    }

    [Fact]
    public async Task Average_order_value_is_over_22_orders()
    {
        var (shop, _) = await target.TutorialAsync();

        var value = await new AverageOrderValue().RunAsync(shop);

        Assert.Equal(22, value.Orders);
        Assert.Equal(17811.05m, value.Revenue);
        Assert.Equal(809.5931818m, decimal.Round(value.Average, 7));
    }

    [Fact]
    public async Task Electronics_leads_revenue()
    {
        var (shop, _) = await target.TutorialAsync();

        var rows = await new RevenueByCategory().RunAsync(shop);

        Assert.Equal(["Electronics", "Clothing", "Home & Kitchen", "Books", "Sports"], rows.Select(r => r.Category));
        Assert.Equal(16685.94m, rows[0].Revenue);
    }

    [Fact]
    public async Task Alice_Smith_spends_most_and_Bob_Jones_never_ordered()
    {
        var (shop, _) = await target.TutorialAsync();

        var top = await new TopCustomers(3).RunAsync(shop);
        var inactive = await new InactiveCustomers().RunAsync(shop);

        Assert.Equal(new CustomerSpending("cust-alice", "Alice Smith", "alice.smith@example.com", "US", 8905.46m, 5), top[0]);
        Assert.Equal(["cust-alice", "cust-david", "cust-isabel"], top.Select(t => t.CustomerId));
        Assert.Equal("Bob Jones", Assert.Single(inactive).Name);
    }

    [Fact]
    public async Task Laptop_sells_most_units_and_nothing_is_out_of_stock()
    {
        var (shop, _) = await target.TutorialAsync();

        var byUnits = await new TopProducts(ProductRanking.Units, 3).RunAsync(shop);
        var stock = await new StockLevels(10).RunAsync(shop);

        Assert.Equal(new ProductSales("prod-laptop", "Laptop", "Electronics", 12, 14188.00m), byUnits[0]);
        Assert.Equal(["prod-phone", "prod-jacket"], stock.Select(s => s.ProductId));
        Assert.DoesNotContain(stock, s => s.OutOfStock);
    }

    [Fact]
    public async Task Status_breakdown_counts_every_order()
    {
        var (shop, _) = await target.TutorialAsync();

        var rows = await new StatusBreakdown().RunAsync(shop);

        Assert.Equal(
            [(OrderStatus.Delivered, 15L), (OrderStatus.Paid, 3L), (OrderStatus.Cancelled, 2L), (OrderStatus.Pending, 2L), (OrderStatus.Shipped, 2L)],
            rows.Select(r => (r.Status, r.Orders)));
    }
}
