using ShopAnalytics.Analytics;
using ShopAnalytics.Data.Olist;
using ShopAnalytics.Models;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data.Olist;

[Collection(ShopCollectionDefinition.Name)]
public sealed class OlistImporterTests(ShopTarget target)
{
    [Fact]
    public void Mini_import_makes_one_customer_per_unique_id_with_padded_zip_codes()
    {
        var data = OlistImporter.Read(FixtureFolders.OlistMini);

        Assert.Equal(["u-ana", "u-bruno", "u-carla", "u-davi", "u-eva", "u-fabio"], data.Customers.Select(c => c.Id).Order(StringComparer.Ordinal));
        var ana = data.Customers.Single(c => c.Id == "u-ana");
        Assert.Equal("04571", ana.Address.PostalCode);
        Assert.Equal("BR", ana.Address.Country);
        Assert.Equal(new DateTime(2017, 3, 1, 10, 0, 0, DateTimeKind.Utc), ana.CreatedAt);
        Assert.Equal("01310", data.Customers.Single(c => c.Id == "u-davi").Address.PostalCode);
        Assert.Equal(2, data.Orders.Count(o => o.CustomerId == "u-bruno"));
    }

    [Fact]
    public void Mini_import_maps_statuses_and_dates()
    {
        var data = OlistImporter.Read(FixtureFolders.OlistMini);
        var status = data.Orders.ToDictionary(o => o.Id, o => o.Status);

        Assert.Equal(OrderStatus.Delivered, status["o1"]);
        Assert.Equal(OrderStatus.Shipped, status["o2"]);
        Assert.Equal(OrderStatus.Cancelled, status["o3"]);
        Assert.Equal(OrderStatus.Paid, status["o4"]);
        Assert.Equal(OrderStatus.Cancelled, status["o5"]);
        Assert.Equal(OrderStatus.Pending, status["o6"]);
        Assert.Equal(OrderStatus.Paid, status["o7"]);
        Assert.Equal(OrderStatus.Paid, status["o8"]);
        var o1 = data.Orders.Single(o => o.Id == "o1");
        Assert.Equal(new DateTime(2017, 3, 8, 15, 0, 0, DateTimeKind.Utc), o1.UpdatedAt);
        Assert.Equal("04571", o1.ShippingAddress.PostalCode);
    }

    [Fact]
    public void Mini_import_makes_one_item_per_order_and_product_with_quantity_from_repeated_rows()
    {
        var data = OlistImporter.Read(FixtureFolders.OlistMini);
        var items = data.OrderItems.ToDictionary(i => (i.OrderId, i.ProductId));

        Assert.Equal(10, data.OrderItems.Count);
        Assert.Equal(2, items[("o1", "p-bed")].Quantity);
        Assert.Equal(89.9m, items[("o1", "p-bed")].UnitPrice);
        Assert.Equal("o1-1", items[("o1", "p-bed")].Id);
        Assert.Equal("o1-2", items[("o1", "p-beauty")].Id);
        Assert.Equal(2, items[("o7", "p-none")].Quantity);
        Assert.Equal(data.OrderItems.Count, data.OrderItems.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Mini_import_translates_categories_and_synthesises_prices_and_stock()
    {
        var data = OlistImporter.Read(FixtureFolders.OlistMini);
        var products = data.Products.ToDictionary(p => p.Id);

        Assert.Equal("bed_bath_table", products["p-bed"].Category);
        Assert.Equal("health_beauty", products["p-beauty"].Category);
        Assert.Equal("pc_gamer", products["p-pc"].Category);
        Assert.Equal(OlistImporter.Unknown, products["p-none"].Category);
        Assert.Equal(27.0m, products["p-beauty"].Price);
        Assert.Equal(79.9m, products["p-bed"].Price);
        Assert.All(data.Products, p => Assert.InRange(p.Stock, 0, 200));
        Assert.Equal(data.Products, OlistImporter.Read(FixtureFolders.OlistMini).Products);
    }

    [Fact]
    public async Task Mini_import_seeds_through_the_schema_and_revenue_excludes_cancelled_orders_and_freight()
    {
        await using var shop = await target.NewShopAsync("olist");

        await OlistImporter.ImportAsync(shop, FixtureFolders.OlistMini);
        var total = await new TotalRevenue().RunAsync(shop);

        Assert.Equal(832.20m, total.Revenue);
        Assert.Equal(6, total.Orders);
        Assert.Equal(11, total.Units);
    }

    [Fact]
    public void Missing_column_is_refused_naming_the_file_and_column()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        folder.ReplaceLine("orders.csv", 1, "order_id,customer_id,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date");

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.Equal("orders.csv line 1: missing column 'order_status'", error.Message);
    }

    [Theory]
    [InlineData("order_items.csv", 3, "o1,2,p-bed,s1,2017-03-05 10:00:00,abc,15.1", "order_items.csv line 3: 'abc' is not a number of at least 0 (price)")]
    [InlineData("order_items.csv", 4, "o1,3,p-beauty,s2,2017-03-05 10:00:00,-25.5,8.0", "order_items.csv line 4: '-25.5' is not a number of at least 0 (price)")]
    [InlineData("orders.csv", 4, "o3,c3,canceled,2017-13-45 12:00:00,,,,2017-05-30 00:00:00", "orders.csv line 4: '2017-13-45 12:00:00' is not a date like 2017-10-02 10:56:33 (order_purchase_timestamp)")]
    [InlineData("orders.csv", 2, "o1,c99,delivered,2017-03-01 10:00:00,,,,2017-03-20 00:00:00", "orders.csv line 2: customer_id c99 is not in customers.csv")]
    [InlineData("orders.csv", 3, "o2,c2,lost,2017-04-02 11:00:00,,,,2017-04-25 00:00:00", "orders.csv line 3: 'lost' is not an Olist order status")]
    [InlineData("order_items.csv", 5, "o2,1,p-unknown,s3,2017-04-06 11:00:00,199.0,20.0", "order_items.csv line 5: product_id p-unknown is not in products.csv")]
    public void Bad_value_is_refused_naming_the_file_and_line(string file, int line, string text, string expected)
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        folder.ReplaceLine(file, line, text);

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.Equal(expected, error.Message);
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Missing_file_is_refused_by_name()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        File.Delete(Path.Combine(folder.Path, "products.csv"));

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.StartsWith("products.csv: file not found", error.Message);
    }
}
