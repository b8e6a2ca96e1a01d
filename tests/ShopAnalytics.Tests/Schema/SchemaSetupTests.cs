using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Schema;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Schema;

[Collection(ShopCollectionDefinition.Name)]
public sealed class SchemaSetupTests(ShopTarget target)
{
    [Fact]
    public async Task Apply_twice_creates_validators_and_indexes_once()
    {
        await using var shop = await target.NewShopAsync("schema");

        await SchemaSetup.ApplyAsync(shop.Database);
        await SchemaSetup.ApplyAsync(shop.Database);

        var collections = await (await shop.Database.ListCollectionsAsync()).ToListAsync();
        Assert.Equal(CollectionNames.All.Order(), collections.Select(c => c["name"].AsString).Order());
        foreach (var collection in collections)
        {
            var validator = collection["options"]["validator"].AsBsonDocument;
            Assert.Equal(Validators.For(collection["name"].AsString), validator);
        }

        foreach (var group in IndexDefinitions.All.GroupBy(i => i.Collection))
        {
            var indexes = await (await shop.Raw(group.Key).Indexes.ListAsync()).ToListAsync();
            Assert.Equal(group.Select(i => i.Name).Append("_id_").Order(), indexes.Select(i => i["name"].AsString).Order());
            foreach (var definition in group)
            {
                var index = indexes.Single(i => i["name"] == definition.Name);
                Assert.Equal(definition.Keys, index["key"].AsBsonDocument);
                Assert.Equal(definition.Unique, index.GetValue("unique", false).ToBoolean());
            }
        }
    }

    [Fact]
    public async Task Apply_sets_the_validator_of_a_collection_that_already_exists()
    {
        await using var shop = await target.NewShopAsync("collmod");
        await shop.Database.CreateCollectionAsync(CollectionNames.Products);

        await SchemaSetup.ApplyAsync(shop.Database);

        var products = await (await shop.Database.ListCollectionsAsync(new ListCollectionsOptions { Filter = new BsonDocument("name", "products") })).SingleAsync();
        Assert.Equal(Validators.For(CollectionNames.Products), products["options"]["validator"].AsBsonDocument);
    }

    [Fact]
    public async Task Unique_email_index_refuses_a_second_customer_with_the_same_email()
    {
        await using var shop = await target.NewShopAsync("email");
        await SchemaSetup.ApplyAsync(shop.Database);
        var customer = new BsonDocument { { "_id", "cust-a" }, { "name", "A" }, { "email", "a@example.com" }, { "address", new BsonDocument { { "city", "X" }, { "country", "US" } } } };
        await shop.Raw(CollectionNames.Customers).InsertOneAsync(customer);

        var error = await Assert.ThrowsAsync<MongoWriteException>(() => shop.Raw(CollectionNames.Customers).InsertOneAsync(customer.Set("_id", "cust-b")));

        Assert.Equal(ServerErrorCategory.DuplicateKey, error.WriteError.Category);
    }
}
