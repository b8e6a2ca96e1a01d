using MongoDB.Bson;
using ShopAnalytics.Data;
using ShopAnalytics.Diagnostics;
using ShopAnalytics.Schema;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Diagnostics;

[Collection(ShopCollectionDefinition.Name)]
public sealed class QueryExplainerTests(ShopTarget target)
{
    [Fact]
    public async Task Each_frequent_query_uses_its_index_and_examines_only_what_it_returns()
    {
        await using var shop = await target.NewShopAsync("explain");
        await SchemaSetup.ApplyAsync(shop.Database);
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 2_000, Seed = 7 });
        await ShopSeeder.SeedAsync(shop, data);
        var order = data.Orders[10];
        var item = data.OrderItems.First(i => i.OrderId == order.Id);
        var queries = IndexedQueries.For(order.CustomerId, item.ProductId, order.Id, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc));

        foreach (var query in queries)
        {
            var indexed = await QueryExplainer.ExplainFindAsync(shop.Database, query.Collection, query.Name, query.Filter);
            var scanned = await QueryExplainer.ExplainFindAsync(shop.Database, query.Collection, query.Name, query.Filter, QueryExplainer.NoIndex);

            Assert.Equal(query.Index, indexed.Index);
            Assert.Contains("IXSCAN", indexed.Plan);
            Assert.Equal(indexed.Returned, indexed.DocsExamined);
            Assert.Equal(indexed.Returned, indexed.KeysExamined);
            Assert.Equal("COLLSCAN", scanned.Plan);
            Assert.Equal(indexed.Returned, scanned.Returned);
            var collectionSize = query.Collection == CollectionNames.Orders ? data.Orders.Count : data.OrderItems.Count;
            Assert.Equal(collectionSize, scanned.DocsExamined);
            Assert.True(indexed.Returned > 0, $"{query.Name} should find something in the generated data");
        }
    }

    [Fact]
    public void Summarise_reads_classic_and_slot_based_plans()
    {
        var classic = BsonDocument.Parse("""
            { queryPlanner: { winningPlan: { stage: "FETCH", inputStage: { stage: "IXSCAN", indexName: "customer_id_1" } } },
              executionStats: { nReturned: 3, totalKeysExamined: 3, totalDocsExamined: 3, executionTimeMillis: 0 } }
            """);
        var slotBased = BsonDocument.Parse("""
            { queryPlanner: { winningPlan: { queryPlan: { stage: "FETCH", inputStage: { stage: "IXSCAN", indexName: "customer_id_1" } }, slotBasedPlan: {} } },
              executionStats: { nReturned: 3, totalKeysExamined: 3, totalDocsExamined: 3, executionTimeMillis: 1 } }
            """);
        Assert.Equal("FETCH > IXSCAN", QueryExplainer.Summarise("q", classic).Plan);
        Assert.Equal("customer_id_1", QueryExplainer.Summarise("q", slotBased).Index);
    }

    [Fact]
    public async Task An_or_of_indexed_fields_shows_each_branch_and_its_index()
    {
        await using var shop = await target.NewShopAsync("explain-or");
        await SchemaSetup.ApplyAsync(shop.Database);
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = 300, Seed = 3 });
        await ShopSeeder.SeedAsync(shop, data);
        var item = data.OrderItems[0];
        var filter = new BsonDocument("$or", new BsonArray { new BsonDocument("order_id", item.OrderId), new BsonDocument("product_id", item.ProductId) });

        var plan = await QueryExplainer.ExplainFindAsync(shop.Database, CollectionNames.OrderItems, "either", filter);

        var expected = data.OrderItems.Count(i => i.OrderId == item.OrderId || i.ProductId == item.ProductId);
        Assert.Equal(expected, plan.Returned);
        Assert.Equal(expected, plan.DocsExamined);
        Assert.Matches(@"^FETCH > OR\(IXSCAN, IXSCAN\)$", plan.Plan);
        Assert.Contains("order_id", plan.Index);
        Assert.Contains("product_id", plan.Index);
    }
}
