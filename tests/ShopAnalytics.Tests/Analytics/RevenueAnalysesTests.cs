using ShopAnalytics.Analytics;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Analytics;

[Collection(ShopCollectionDefinition.Name)]
public sealed class RevenueAnalysesTests(ShopTarget target)
{
    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Total_revenue_matches_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var reference = new Reference(data);

        var total = await new TotalRevenue().RunAsync(shop);

        Assert.Equal(reference.TotalRevenue, total.Revenue);
        Assert.Equal(reference.RevenueLines.Select(x => x.Order.Id).Distinct().Count(), total.Orders);
        Assert.Equal(reference.RevenueLines.Sum(x => x.Item.Quantity), total.Units);
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Average_order_value_matches_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var perOrder = new Reference(data).RevenueLines.GroupBy(x => x.Order.Id).Select(g => g.Sum(x => x.Item.LineTotal)).ToList();

        var value = await new AverageOrderValue().RunAsync(shop);

        Assert.Equal(perOrder.Count, value.Orders);
        Assert.Equal(perOrder.Sum(), value.Revenue);
        Assert.Equal(perOrder.Max(), value.Largest);
        Assert.Equal(decimal.Round(perOrder.Sum() / perOrder.Count, 10), decimal.Round(value.Average, 10));
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Revenue_by_category_matches_linq_with_shares_summing_to_one(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var reference = new Reference(data);
        var expected = reference.RevenueByCategory.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();

        var rows = await new RevenueByCategory().RunAsync(shop);

        Assert.Equal(expected.Select(kv => (kv.Key, kv.Value)), rows.Select(r => (r.Category, r.Revenue)));
        Assert.Equal(1.0, rows.Sum(r => r.Share), 9);
        Assert.All(rows, r => Assert.Equal((double)(r.Revenue / reference.TotalRevenue), r.Share, 9));
        Assert.Equal(reference.RevenueLines.Sum(x => x.Item.Quantity), rows.Sum(r => r.Units));
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Monthly_revenue_matches_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var expected = new Reference(data).RevenueLines
            .GroupBy(x => (x.Order.CreatedAt.Year, x.Order.CreatedAt.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthRevenue(g.Key.Year, g.Key.Month, g.Sum(x => x.Item.LineTotal), g.Select(x => x.Order.Id).Distinct().Count()))
            .ToList();

        var rows = await new MonthlyRevenue().RunAsync(shop);

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Cancelled_orders_bring_no_revenue()
    {
        var (shop, data) = await target.GeneratedAsync(2, 1_500);
        var cancelled = data.Orders.Where(o => o.Status == OrderStatus.Cancelled).Select(o => o.Id).ToHashSet();
        var all = data.OrderItems.Sum(i => i.LineTotal);
        var excluded = data.OrderItems.Where(i => cancelled.Contains(i.OrderId)).Sum(i => i.LineTotal);

        var total = await new TotalRevenue().RunAsync(shop);

        Assert.True(excluded > 0);
        Assert.Equal(all - excluded, total.Revenue);
    }
}
