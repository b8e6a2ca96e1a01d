using MongoDB.Driver;
using ShopAnalytics.Data;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data;

[Collection(ShopCollectionDefinition.Name)]
public sealed class ShopSeederTests(ShopTarget target)
{
    [Fact]
    public async Task Seed_inserts_everything_in_batches_and_reports_progress()
    {
        await using var shop = await target.NewShopAsync("seed");
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 3_000, Seed = 4 });
        var reports = new List<SeedProgress>();

        await ShopSeeder.SeedAsync(shop, data, new SeedOptions { BatchSize = 1_000, Parallelism = 3 }, new SynchronousProgress(reports));

        Assert.Equal(data.Customers.Count, await shop.Customers.CountDocumentsAsync(FilterDefinition<Customer>.Empty));
        Assert.Equal(data.Products.Count, await shop.Products.CountDocumentsAsync(FilterDefinition<Product>.Empty));
        Assert.Equal(data.Orders.Count, await shop.Orders.CountDocumentsAsync(FilterDefinition<Order>.Empty));
        Assert.Equal(data.OrderItems.Count, await shop.OrderItems.CountDocumentsAsync(FilterDefinition<OrderItem>.Empty));
        var last = reports.Where(r => r.Collection == "order_items").MaxBy(r => r.Inserted)!;
        Assert.Equal(data.OrderItems.Count, last.Inserted);
        Assert.Equal(1.0, last.Fraction);
        Assert.True(reports.Count(r => r.Collection == "order_items") > 5);
        var stored = await shop.OrderItems.Find(i => i.Id == data.OrderItems[17].Id).SingleAsync();
        Assert.Equal(data.OrderItems[17], stored);
    }

    [Fact]
    public async Task Seed_twice_starts_clean()
    {
        await using var shop = await target.NewShopAsync("reseed");
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 200, Seed = 4 });

        await ShopSeeder.SeedAsync(shop, data);
        await ShopSeeder.SeedAsync(shop, data);

        Assert.Equal(data.Orders.Count, await shop.Orders.CountDocumentsAsync(FilterDefinition<Order>.Empty));
    }

    private sealed class SynchronousProgress(List<SeedProgress> reports) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
