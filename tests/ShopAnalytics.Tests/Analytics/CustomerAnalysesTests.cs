using ShopAnalytics.Analytics;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Analytics;

[Collection(ShopCollectionDefinition.Name)]
public sealed class CustomerAnalysesTests(ShopTarget target)
{
    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Top_customers_match_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var reference = new Reference(data);
        var counts = reference.RevenueLines.GroupBy(x => x.Order.CustomerId).ToDictionary(g => g.Key, g => g.Select(x => x.Order.Id).Distinct().Count());
        var customers = data.Customers.ToDictionary(c => c.Id);
        var expected = reference.RevenueByCustomer.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(7)
            .Select(kv => new CustomerSpending(kv.Key, customers[kv.Key].Name, customers[kv.Key].Email, customers[kv.Key].Address.Country, kv.Value, counts[kv.Key]))
            .ToList();

        var rows = await new TopCustomers(7).RunAsync(shop);

        Assert.Equal(expected, rows);
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Inactive_customers_are_those_without_orders(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var expected = new Reference(data).InactiveCustomerIds.Order(StringComparer.Ordinal).ToList();

        var rows = await new InactiveCustomers().RunAsync(shop);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => r.CustomerId));
        Assert.All(rows, r => Assert.NotNull(r.SignedUp));
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Revenue_concentration_matches_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var reference = new Reference(data);
        var spend = reference.RevenueByCustomer.Values.OrderDescending().ToList();

        var result = await new RevenueConcentration().RunAsync(shop);

        Assert.Equal(spend.Count, result.Customers);
        Assert.Equal((int)Math.Ceiling(spend.Count * 0.05), result.TopCustomers);
        Assert.Equal(reference.TopCustomerShare(), result.TopShare, 9);
        Assert.Equal(new LorenzPoint(0, 0), result.Lorenz[0]);
        Assert.Equal(new LorenzPoint(1, 1), result.Lorenz[^1]);
        Assert.All(result.Lorenz.Zip(result.Lorenz.Skip(1)), p => Assert.True(p.First.CustomerShare < p.Second.CustomerShare && p.First.RevenueShare <= p.Second.RevenueShare));
        foreach (var point in result.Lorenz)
        {
            // The poorest x of customers: the last (1 - x) * n of the descending ranking are excluded.
            var poorest = (int)Math.Round(point.CustomerShare * spend.Count);
            var expected = (double)(spend.Skip(spend.Count - poorest).Sum() / spend.Sum());
            Assert.Equal(expected, point.RevenueShare, 9);
            Assert.True(point.RevenueShare <= point.CustomerShare + 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Scales.Generated), MemberType = typeof(Scales))]
    public async Task Customers_by_location_match_linq(int seed, int orders)
    {
        var (shop, data) = await target.GeneratedAsync(seed, orders);
        var expected = data.Customers.GroupBy(c => (c.Address.Country, c.Address.State))
            .Select(g => new LocationCount(g.Key.Country, g.Key.State, g.Count()))
            .OrderByDescending(r => r.Customers).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.State, StringComparer.Ordinal)
            .ToList();

        var rows = await new CustomersByLocation().RunAsync(shop);

        Assert.Equal(expected, rows);
    }
}
