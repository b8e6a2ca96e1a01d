using System.Diagnostics;
using MongoDB.Bson;
using ShopAnalytics.Data;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data;

public sealed class ShopDataGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_shop()
    {
        var a = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 500, Seed = 7 });
        var b = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 500, Seed = 7 });

        Assert.Equal(a.Customers, b.Customers);
        Assert.Equal(a.Products, b.Products);
        Assert.Equal(a.Orders, b.Orders);
        Assert.Equal(a.OrderItems, b.OrderItems);
    }

    [Fact]
    public void Different_seeds_give_different_shops()
    {
        var a = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 500, Seed = 7 });
        var b = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 500, Seed = 8 });

        Assert.NotEqual(a.Orders.Select(o => o.CustomerId), b.Orders.Select(o => o.CustomerId));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2_000)]
    [InlineData(30_000)]
    public void Generated_shop_is_whole_and_valid(int scale)
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = scale, Seed = scale });
        var customers = data.Customers.Select(c => c.Id).ToHashSet();
        var products = data.Products.Select(p => p.Id).ToHashSet();
        var orders = data.Orders.Select(o => o.Id).ToHashSet();

        Assert.Equal(scale, data.Orders.Count);
        Assert.InRange((double)data.OrderItems.Count / scale, 2.5, 3.2);
        Assert.Equal(data.Customers.Count, customers.Count);
        Assert.Equal(scale, orders.Count);
        Assert.Equal(data.OrderItems.Count, data.OrderItems.Select(i => i.Id).Distinct().Count());
        Assert.Equal(data.Customers.Count, data.Customers.Select(c => c.Email).Distinct().Count());
        Assert.Equal(data.Products.Count, data.Products.Select(p => p.Sku).Distinct().Count());
        Assert.All(data.Orders, o => Assert.Contains(o.CustomerId, customers));
        Assert.All(data.OrderItems, i => Assert.Contains(i.OrderId, orders));
        Assert.All(data.OrderItems, i => Assert.Contains(i.ProductId, products));
        Assert.All(data.OrderItems, i => Assert.True(i.Quantity >= 1 && i.UnitPrice > 0));
        Assert.All(data.Orders, o => Assert.InRange(o.CreatedAt, new DateTime(2023, 1, 1), new DateTime(2025, 1, 1)));
        Assert.All(data.Orders, o => Assert.True(o.UpdatedAt >= o.CreatedAt));
        Assert.All(data.Products, p => Assert.Equal(decimal.Round(p.Price, 2), p.Price));
        Assert.All(data.Customers, c => Assert.Matches(ShopAnalytics.Schema.Validators.EmailPattern, c.Email));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Top_five_percent_of_customers_carry_about_half_the_revenue(int seed)
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 20_000, Seed = seed });

        Assert.InRange(new Reference(data).TopCustomerShare(), 0.4, 0.6);
    }

    [Fact]
    public void Some_customers_never_order_and_some_products_are_out_of_stock()
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 5_000, Seed = 11 });

        Assert.InRange((double)new Reference(data).InactiveCustomerIds.Count / data.Customers.Count, 0.08, 0.3);
        Assert.Contains(data.Products, p => p.Stock == 0);
        Assert.Contains(data.Products, p => p.Stock > 0);
        Assert.True(data.Products.Select(p => p.Category).Distinct().Count() >= 5);
    }

    [Fact]
    public void November_and_December_have_more_orders_than_other_months()
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 20_000, Seed = 5 });
        var byMonth = data.Orders.GroupBy(o => o.CreatedAt.Month).ToDictionary(g => g.Key, g => g.Count());
        var holiday = (byMonth[11] + byMonth[12]) / 2.0;
        var rest = Enumerable.Range(1, 10).Average(m => byMonth[m]);

        Assert.True(holiday > 1.4 * rest, $"holiday months average {holiday}, others {rest}");
    }

    [Fact]
    public void Generated_documents_use_the_stored_shapes()
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 100, Seed = 3 });

        var item = data.OrderItems[0].ToBsonDocument();
        var order = data.Orders[0].ToBsonDocument();

        Assert.Equal(BsonType.Decimal128, item["unit_price"].BsonType);
        Assert.Contains(order["status"].AsString, OrderStatusSerializer.StoredNames);
        Assert.Equal(BsonType.String, order["shipping_address"]["postal_code"].BsonType);
    }

    [Fact]
    public void A_million_orders_are_generated_well_under_twenty_seconds()
    {
        // Processor time rather than wall time: the machine is shared, and waiting for a core is not the generator's cost.
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 1_000_000, Seed = 1 });
        process.Refresh();
        var spent = process.TotalProcessorTime - before;

        Assert.Equal(1_000_000, data.Orders.Count);
        Assert.InRange(data.OrderItems.Count, 2_500_000, 3_200_000);
        Assert.True(spent < TimeSpan.FromSeconds(20), $"took {spent} of processor time");
    }
}
