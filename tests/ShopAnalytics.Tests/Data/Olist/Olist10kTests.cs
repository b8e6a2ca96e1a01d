using ShopAnalytics.Data.Olist;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data.Olist;

/// <summary>The shared 10,000-order Olist subset, when it is beside the repository (skipped, visibly, otherwise).</summary>
public sealed class Olist10kTests
{
    private static readonly Lazy<ShopAnalytics.Data.ShopDataset?> Data = new(() => FixtureFolders.Olist10k() is { } folder ? OlistImporter.Read(folder) : null);

    [SkippableFact]
    public void Counts_match_the_dataset_readme()
    {
        var data = Require();

        Assert.Equal(10_000, data.Orders.Count);
        Assert.Equal(9_920, data.Customers.Count);
        Assert.Equal(11_252, data.OrderItems.Sum(i => i.Quantity));
        Assert.Equal(1_381_936.76m, data.OrderItems.Sum(i => i.LineTotal));
        var statuses = data.Orders.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(9_649, statuses[OrderStatus.Delivered]);
        Assert.Equal(104, statuses[OrderStatus.Shipped]);
        Assert.Equal(57 + 98, statuses[OrderStatus.Cancelled]);
        Assert.Equal(47 + 43, statuses[OrderStatus.Paid]);
        Assert.Equal(2, statuses[OrderStatus.Pending]);
        Assert.Equal(111, data.Orders.Select(o => o.Id).Except(data.OrderItems.Select(i => i.OrderId)).Count());
    }

    [SkippableFact]
    public void References_are_whole_and_values_valid()
    {
        var data = Require();
        var customers = data.Customers.Select(c => c.Id).ToHashSet();
        var products = data.Products.Select(p => p.Id).ToHashSet();
        var orders = data.Orders.Select(o => o.Id).ToHashSet();

        Assert.All(data.Orders, o => Assert.Contains(o.CustomerId, customers));
        Assert.All(data.OrderItems, i => Assert.Contains(i.OrderId, orders));
        Assert.All(data.OrderItems, i => Assert.Contains(i.ProductId, products));
        Assert.All(data.Customers, c => Assert.Matches("^[0-9]{5}$", c.Address.PostalCode));
        Assert.Contains(data.Products, p => p.Category == OlistImporter.Unknown);
        Assert.Contains(data.Products, p => p.Stock == 0);
        Assert.DoesNotContain(data.Products, p => p.Category.Length == 0);
    }

    private static ShopAnalytics.Data.ShopDataset Require()
    {
        Skip.If(Data.Value is null, "the Olist 10k subset is not at ../shared/datasets/olist-10k");
        return Data.Value!;
    }
}
