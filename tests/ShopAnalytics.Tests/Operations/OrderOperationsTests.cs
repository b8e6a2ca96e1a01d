using MongoDB.Driver;
using ShopAnalytics.Data;
using ShopAnalytics.Models;
using ShopAnalytics.Operations;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Operations;

[Collection(ShopCollectionDefinition.Name)]
public sealed class OrderOperationsTests(ShopTarget target)
{
    [Fact]
    public async Task Place_order_inserts_order_and_items_and_takes_stock()
    {
        await using var shop = await TutorialShopAsync("place");

        var order = await new OrderOperations(shop).PlaceOrderAsync("cust-bob", [new("prod-phone", 3), new("prod-novel", 1)], "ord-9001");

        Assert.Equal(OrderStatus.Pending, order.Status);
        var stored = await shop.Orders.Find(o => o.Id == "ord-9001").SingleAsync();
        Assert.Equal(order, stored);
        Assert.Equal("Austin", stored.ShippingAddress.City);
        var items = await shop.OrderItems.Find(i => i.OrderId == "ord-9001").SortBy(i => i.Id).ToListAsync();
        Assert.Equal([("prod-phone", 3, 799.00m), ("prod-novel", 1, 14.99m)], items.Select(i => (i.ProductId, i.Quantity, i.UnitPrice)));
        Assert.Equal(1, await StockAsync(shop, "prod-phone"));
        Assert.Equal(119, await StockAsync(shop, "prod-novel"));
    }

    [Fact]
    public async Task Place_order_with_too_little_stock_changes_nothing_and_explains()
    {
        await using var shop = await TutorialShopAsync("short");

        var error = await Assert.ThrowsAsync<InsufficientStockException>(
            () => new OrderOperations(shop).PlaceOrderAsync("cust-bob", [new("prod-novel", 2), new("prod-phone", 5)], "ord-9002"));

        Assert.Equal(("prod-phone", 5, 4), (error.ProductId, error.Requested, error.Available));
        Assert.Contains("5 requested, 4 left", error.Message);
        Assert.Equal(120, await StockAsync(shop, "prod-novel"));
        Assert.Equal(4, await StockAsync(shop, "prod-phone"));
        Assert.Equal(0, await shop.Orders.CountDocumentsAsync(o => o.Id == "ord-9002"));
        Assert.Equal(0, await shop.OrderItems.CountDocumentsAsync(i => i.OrderId == "ord-9002"));
    }

    [Fact]
    public async Task Concurrent_orders_never_sell_more_than_the_stock()
    {
        await using var shop = await TutorialShopAsync("race");
        var operations = new OrderOperations(shop);

        var attempts = Enumerable.Range(0, 6).Select(async n =>
        {
            try
            {
                await operations.PlaceOrderAsync("cust-bob", [new("prod-phone", 1)], $"ord-race-{n}");
                return true;
            }
            catch (InsufficientStockException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Equal(4, results.Count(r => r));
        Assert.Equal(0, await StockAsync(shop, "prod-phone"));
        Assert.Equal(4, await shop.OrderItems.CountDocumentsAsync(i => i.OrderId.StartsWith("ord-race-")));
    }

    [Fact]
    public async Task Place_order_refuses_unknown_products_and_empty_orders()
    {
        await using var shop = await target.NewShopAsync("args");
        var operations = new OrderOperations(shop);

        await Assert.ThrowsAsync<ArgumentException>(() => operations.PlaceOrderAsync("cust-bob", []));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operations.PlaceOrderAsync("cust-bob", [new("prod-phone", 0)]));
    }

    [Fact]
    public async Task Set_status_moves_an_order_and_stamps_updated_at()
    {
        await using var shop = await TutorialShopAsync("status");
        var before = await shop.Orders.Find(o => o.Id == "ord-0021").SingleAsync();

        Assert.True(await new OrderOperations(shop).SetStatusAsync("ord-0021", OrderStatus.Paid));
        Assert.False(await new OrderOperations(shop).SetStatusAsync("ord-nope", OrderStatus.Paid));

        var after = await shop.Orders.Find(o => o.Id == "ord-0021").SingleAsync();
        Assert.Equal(OrderStatus.Paid, after.Status);
        Assert.True(after.UpdatedAt > before.UpdatedAt);
    }

    private async Task<ShopDatabase> TutorialShopAsync(string hint)
    {
        var shop = await target.NewShopAsync(hint);
        await TutorialData.LoadAsync(shop.Database);
        return shop;
    }

    private static async Task<int> StockAsync(ShopDatabase shop, string productId)
        => (await shop.Products.Find(p => p.Id == productId).SingleAsync()).Stock;
}
