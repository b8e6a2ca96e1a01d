using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Data;
using ShopAnalytics.Schema;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data;

[Collection(ShopCollectionDefinition.Name)]
public sealed class TutorialDataTests(ShopTarget target)
{
    private static readonly Reference Tutorial = new(TutorialData.Read());

    [Fact]
    public void Data_folder_is_found_next_to_the_program()
    {
        var folder = TutorialData.FindFolder();

        Assert.StartsWith(Path.GetFullPath(AppContext.BaseDirectory), Path.GetFullPath(folder));
        Assert.True(File.Exists(Path.Combine(folder, "order_items.json")));
    }

    [Fact]
    public void Files_are_extended_json_with_decimal_money_and_dates()
    {
        var product = TutorialData.ReadDocuments(CollectionNames.Products)[0];
        var order = TutorialData.ReadDocuments(CollectionNames.Orders)[0];
        var item = TutorialData.ReadDocuments(CollectionNames.OrderItems)[0];

        Assert.Equal(BsonType.Decimal128, product["price"].BsonType);
        Assert.Equal(BsonType.DateTime, order["created_at"].BsonType);
        Assert.Equal(BsonType.Decimal128, item["unit_price"].BsonType);
        Assert.Equal(BsonType.String, order["shipping_address"]["postal_code"].BsonType);
    }

    [Fact]
    public void Dataset_tells_the_tutorial_story()
    {
        var data = Tutorial.Data;
        var byCustomer = Tutorial.RevenueByCustomer;

        Assert.InRange(data.Customers.Count, 10, 15);
        Assert.Equal("cust-alice", byCustomer.MaxBy(kv => kv.Value).Key);
        Assert.Equal(["cust-bob"], Tutorial.InactiveCustomerIds);
        Assert.Equal("prod-laptop", Tutorial.UnitsByProduct.MaxBy(kv => kv.Value).Key);
        Assert.Equal("Electronics", Tutorial.RevenueByCategory.MaxBy(kv => kv.Value).Key);
        Assert.DoesNotContain(data.Products, p => p.Stock == 0);
        Assert.Equal(17811.05m, Tutorial.TotalRevenue);
    }

    [Fact]
    public void Dataset_references_are_whole()
    {
        var data = Tutorial.Data;
        var customers = data.Customers.Select(c => c.Id).ToHashSet();
        var products = data.Products.Select(p => p.Id).ToHashSet();
        var orders = data.Orders.Select(o => o.Id).ToHashSet();

        Assert.All(data.Orders, o => Assert.Contains(o.CustomerId, customers));
        Assert.All(data.OrderItems, i => Assert.Contains(i.OrderId, orders));
        Assert.All(data.OrderItems, i => Assert.Contains(i.ProductId, products));
        Assert.Equal(data.Customers.Count, data.Customers.Select(c => c.Email).Distinct().Count());
    }

    [Fact]
    public async Task Load_inserts_every_document_through_the_schema()
    {
        await using var shop = await target.NewShopAsync("tutorial");

        await TutorialData.LoadAsync(shop.Database);

        Assert.Equal(Tutorial.Data.Customers.Count, await shop.Customers.CountDocumentsAsync(FilterDefinition<ShopAnalytics.Models.Customer>.Empty));
        Assert.Equal(Tutorial.Data.OrderItems.Count, await shop.OrderItems.CountDocumentsAsync(FilterDefinition<ShopAnalytics.Models.OrderItem>.Empty));
        var alice = await shop.Customers.Find(c => c.Id == "cust-alice").SingleAsync();
        Assert.Equal("Alice Smith", alice.Name);
    }
}
