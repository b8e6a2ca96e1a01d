using MongoDB.Bson;
using ShopAnalytics.Data;
using ShopAnalytics.Models;
using ShopAnalytics.Operations;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Operations;

[Collection(ShopCollectionDefinition.Name)]
public sealed class OrderFeedTests(ShopTarget target)
{
    [Fact]
    public async Task Feed_reports_new_orders_and_status_changes_in_order()
    {
        await using var shop = await TutorialShopAsync("feed");
        var feed = new OrderFeed(shop);
        using var cursor = await feed.OpenAsync();
        var operations = new OrderOperations(shop);

        await shop.Orders.InsertOneAsync(NewOrder("ord-feed-1"));
        await operations.SetStatusAsync("ord-feed-1", OrderStatus.Paid);
        await operations.SetStatusAsync("ord-0021", OrderStatus.Shipped);

        var events = await TakeAsync(OrderFeed.ReadAsync(cursor), 3);
        Assert.Equal(
            [(OrderEventKind.Placed, "ord-feed-1", OrderStatus.Pending), (OrderEventKind.StatusChanged, "ord-feed-1", OrderStatus.Paid), (OrderEventKind.StatusChanged, "ord-0021", OrderStatus.Shipped)],
            events.Select(e => (e.Kind, e.OrderId, e.Status)));
        Assert.Equal("cust-bob", events[0].Order!.CustomerId);
    }

    [Fact]
    public async Task Feed_resumes_after_a_saved_token()
    {
        await using var shop = await TutorialShopAsync("resume");
        var feed = new OrderFeed(shop);
        BsonDocument token;
        using (var cursor = await feed.OpenAsync())
        {
            await shop.Orders.InsertOneAsync(NewOrder("ord-r-1"));
            await shop.Orders.InsertOneAsync(NewOrder("ord-r-2"));
            token = (await TakeAsync(OrderFeed.ReadAsync(cursor), 1))[0].ResumeToken;
        }

        await shop.Orders.InsertOneAsync(NewOrder("ord-r-3"));
        var resumed = await TakeAsync(feed.WatchAsync(token), 2);

        Assert.Equal(["ord-r-2", "ord-r-3"], resumed.Select(e => e.OrderId));
    }

    private static Order NewOrder(string id) => new()
    {
        Id = id,
        CustomerId = "cust-bob",
        Status = OrderStatus.Pending,
        CreatedAt = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        ShippingAddress = new Address { City = "Austin", Country = "US" },
    };

    private static async Task<List<OrderEvent>> TakeAsync(IAsyncEnumerable<OrderEvent> events, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var taken = new List<OrderEvent>();
        await foreach (var e in events.WithCancellation(timeout.Token))
        {
            taken.Add(e);
            if (taken.Count == count)
            {
                break;
            }
        }

        return taken;
    }

    private async Task<ShopDatabase> TutorialShopAsync(string hint)
    {
        var shop = await target.NewShopAsync(hint);
        await TutorialData.LoadAsync(shop.Database);
        return shop;
    }
}
