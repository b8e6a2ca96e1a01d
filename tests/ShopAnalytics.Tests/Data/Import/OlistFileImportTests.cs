using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Data.Import;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data.Import;

/// <summary>The general CSV import on real data: the shared Olist 10k subset, when it is beside the repository (skipped, visibly, otherwise).</summary>
[Collection(ShopCollectionDefinition.Name)]
public sealed class OlistFileImportTests(ShopTarget target)
{
    [SkippableFact]
    public async Task Olist_orders_and_items_import_with_typed_dates_and_decimal_prices()
    {
        var folder = FixtureFolders.Olist10k();
        Skip.If(folder is null, "the Olist 10k subset is not at ../shared/datasets/olist-10k");
        var shop = await target.NewShopAsync("olistcsv");
        var dates = CsvValues.ParseTypes("order_purchase_timestamp=date,order_approved_at=date,order_delivered_carrier_date=date,order_delivered_customer_date=date,order_estimated_delivery_date=date");
        var prices = CsvValues.ParseTypes("order_item_id=int,price=decimal,freight_value=decimal,shipping_limit_date=date");

        var orders = await FileImporter.ImportAsync(shop.Raw("orders"), Path.Combine(folder!, "orders.csv"), new FileImportOptions { ColumnTypes = dates }, new ImportReport());
        var items = await FileImporter.ImportAsync(shop.Raw("items"), Path.Combine(folder!, "order_items.csv"), new FileImportOptions { ColumnTypes = prices }, new ImportReport());

        Assert.Equal(10_000, orders);
        Assert.Equal(11_252, items);
        var total = await shop.Raw("items").Aggregate().Group(new BsonDocument { { "_id", BsonNull.Value }, { "sum", new BsonDocument("$sum", "$price") } }).SingleAsync();
        Assert.Equal(1_381_936.76m, total["sum"].AsDecimal);
        Assert.Equal(BsonType.DateTime, (await shop.Raw("orders").Find(FilterDefinition<BsonDocument>.Empty).Limit(1).SingleAsync())["order_purchase_timestamp"].BsonType);
        Assert.Equal(0, await shop.Raw("orders").CountDocumentsAsync(new BsonDocument("order_purchase_timestamp", new BsonDocument("$type", "string"))));
    }
}
