using ShopAnalytics.Analytics;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Analytics;

[Collection(ShopCollectionDefinition.Name)]
public sealed class StatusBreakdownTests(ShopTarget target)
{
    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Status_breakdown_matches_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var expected = data.Orders.GroupBy(o => o.Status)
            .Select(g => (Status: g.Key, Orders: (long)g.Count()))
            .OrderByDescending(r => r.Orders).ThenBy(r => ShopAnalytics.Models.OrderStatusSerializer.ToStored(r.Status), StringComparer.Ordinal)
            .ToList();

        var rows = await new StatusBreakdown().RunAsync(shop);

        Assert.Equal(expected, rows.Select(r => (r.Status, r.Orders)));
        Assert.All(rows, r => Assert.Equal((double)r.Orders / orders, r.Share, 9));
    }
}
