using ShopAnalytics.Analytics;
using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>LINQ answers to the customer analyses (top customers, inactive, concentration, by location).</summary>
public static class CustomerAnswers
{
    public static IReadOnlyList<CustomerSpending> Top(ShopDataset data, int count)
    {
        var customers = data.Customers.ToDictionary(c => c.Id, RevenueLines.Ordinal);
        return [.. RevenueLines.Of(data)
            .GroupBy(x => x.Order.CustomerId, RevenueLines.Ordinal)
            .Select(g => (Id: g.Key, Revenue: g.Sum(x => x.Item.LineTotal), Orders: g.Select(x => x.Order.Id).Distinct().LongCount()))
            .OrderByDescending(s => s.Revenue).ThenBy(s => s.Id, RevenueLines.Ordinal)
            .Take(count)
            .Select(s => (Spending: s, Customer: customers[s.Id]))
            .Select(x => new CustomerSpending(x.Spending.Id, x.Customer.Name, x.Customer.Email, x.Customer.Address.Country, x.Spending.Revenue, x.Spending.Orders))];
    }

    public static IReadOnlyList<InactiveCustomer> Inactive(ShopDataset data)
    {
        var ordering = data.Orders.Select(o => o.CustomerId).ToHashSet(RevenueLines.Ordinal);
        return [.. data.Customers
            .Where(c => !ordering.Contains(c.Id))
            .OrderBy(c => c.Id, RevenueLines.Ordinal)
            .Select(c => new InactiveCustomer(c.Id, c.Name, c.Email, c.CreatedAt))];
    }

    /// <summary>The same buckets as the pipeline: ranks by revenue (largest first), ceil(rank x points / customers).</summary>
    public static Concentration Concentration(ShopDataset data, double topFraction, int points)
    {
        var revenues = RevenueLines.Of(data)
            .GroupBy(x => x.Order.CustomerId, RevenueLines.Ordinal)
            .Select(g => g.Sum(x => x.Item.LineTotal))
            .OrderByDescending(r => r)
            .ToList();
        var customers = revenues.Count;
        if (customers == 0)
        {
            return new Concentration(0, 0, 0, []);
        }

        var total = revenues.Sum();
        var top = (long)Math.Ceiling(customers * topFraction);
        var cumulative = 0m;
        var topCumulative = 0m;
        var curve = new SortedDictionary<long, (long Rank, decimal Cumulative)>();
        for (var rank = 1; rank <= customers; rank++)
        {
            cumulative += revenues[rank - 1];
            topCumulative = rank <= top ? cumulative : topCumulative;
            curve[(long)Math.Ceiling((double)rank * points / customers)] = (rank, cumulative);
        }

        var lorenz = curve.Values
            .Select(p => new LorenzPoint(Math.Max(0, 1 - ((double)p.Rank / customers)), Math.Max(0, 1 - (double)(p.Cumulative / total))))
            .OrderBy(p => p.CustomerShare)
            .Append(new LorenzPoint(1, 1))
            .ToList();
        return new Concentration(customers, Math.Min(top, customers), (double)(topCumulative / total), lorenz);
    }

    public static IReadOnlyList<LocationCount> ByLocation(ShopDataset data) =>
    [
        .. data.Customers
            .GroupBy(c => (c.Address.Country, c.Address.State))
            .Select(g => new LocationCount(g.Key.Country, g.Key.State, g.LongCount()))
            .OrderByDescending(l => l.Customers).ThenBy(l => l.Country, RevenueLines.Ordinal).ThenBy(l => l.State, RevenueLines.Ordinal),
    ];
}
