using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Schema;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Schema;

[Collection(ShopCollectionDefinition.Name)]
public sealed class ValidatorTests(ShopTarget target)
{
    private const string GoodAddress = "{ city: 'Portland', country: 'US', postal_code: '97201' }";

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "products", "{ _id: 'p1', sku: 'S1', name: 'N', category: 'Books', price: NumberDecimal('-1'), stock: 3 }", "price: -1 is below the minimum 0" },
        { "products", "{ _id: 'p1', sku: 'S1', name: 'N', category: 'Books', price: NumberDecimal('5'), stock: -2 }", "stock: -2 is below the minimum 0" },
        { "products", "{ _id: 'p1', sku: 'S1', name: 'N', category: 'Books', price: 5.5, stock: 3 }", "price: expected decimal but found double 5.5" },
        { "products", "{ _id: 'p1', sku: 'S1', category: 'Books', price: NumberDecimal('5'), stock: 3 }", "name: required but missing" },
        { "customers", "{ _id: 'c1', name: 'C', email: 'not-an-email', address: " + GoodAddress + " }", "email: 'not-an-email' does not match the pattern" },
        { "customers", "{ _id: 'c1', name: 'C', email: 'c@example.com', address: { city: 'Portland', country: 'US', postal_code: 97201 } }", "address.postal_code: expected string but found int 97201" },
        { "orders", "{ _id: 'o1', customer_id: 'c1', status: 'lost', created_at: ISODate('2024-01-01T00:00:00Z') }", "status: 'lost' is not one of" },
        { "order_items", "{ _id: 'i1', order_id: 'o1', product_id: 'p1', quantity: 0, unit_price: NumberDecimal('5') }", "quantity: 0 is below the minimum 1" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Schema_refuses_a_bad_document_with_error_121(string collection, string json, string expected)
    {
        _ = expected;
        var violation = await RefusalAsync(collection, json);

        Assert.Equal(BsonDocument.Parse(json)["_id"], violation.DocumentId);
        Assert.StartsWith($"The {collection} collection refused document ", violation.Message);
        Assert.NotEmpty(violation.Problems);
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Refusal_names_the_field_and_the_rule(string collection, string json, string expected)
    {
        var violation = await RefusalAsync(collection, json);

        Assert.True(violation.Message.Contains(expected, StringComparison.Ordinal), violation.Message + " errInfo: " + violation.Details);
    }

    private async Task<SchemaViolationException> RefusalAsync(string collection, string json)
    {
        await using var shop = await target.NewShopAsync("bad");
        await SchemaSetup.ApplyValidatorsAsync(shop.Database);

        var raw = await Assert.ThrowsAsync<MongoWriteException>(() => shop.Raw(collection).InsertOneAsync(BsonDocument.Parse(json)));
        var violation = SchemaViolationException.From(raw, collection);

        Assert.NotNull(violation);
        return violation;
    }

    [Fact]
    public async Task Schema_accepts_a_good_document()
    {
        await using var shop = await target.NewShopAsync("good");
        await SchemaSetup.ApplyValidatorsAsync(shop.Database);

        await shop.Raw("products").InsertOneAsync(BsonDocument.Parse("{ _id: 'p1', sku: 'S1', name: 'N', category: 'Books', price: NumberDecimal('0'), stock: NumberLong(0) }"));

        Assert.Equal(1, await shop.Raw("products").CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }
}
