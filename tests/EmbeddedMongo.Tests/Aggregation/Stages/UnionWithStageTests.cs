using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class UnionWithStageTests(MongoTarget target)
{
    [Fact]
    public async Task UnionWith_appends_the_other_collections_documents()
    {
        // After the manual's sales-by-year example.
        var database = target.NewDatabase();
        await database.GetCollection<BsonDocument>("sales_2017").InsertManyAsync(Aggregate.Documents("[{store: 'General Store', item: 'Chocolates', quantity: 150}, {store: 'ShopMart', item: 'Cookies', quantity: 100}]"));
        await database.GetCollection<BsonDocument>("sales_2018").InsertManyAsync(Aggregate.Documents("[{store: 'General Store', item: 'Cookies', quantity: 10}, {store: 'ShopMart', item: 'Chocolates', quantity: 50}]"));
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("sales_2017"),
            "[{$set: {_id: '2017'}}, {$unionWith: {coll: 'sales_2018', pipeline: [{$set: {_id: '2018'}}]}}, {$group: {_id: '$item', total: {$sum: '$quantity'}}}, {$sort: {total: -1}}]");
        Aggregate.Same("[{_id: 'Chocolates', total: 200}, {_id: 'Cookies', total: 110}]", result);
    }

    [Fact]
    public async Task UnionWith_by_name_and_with_documents()
    {
        var database = target.NewDatabase();
        await database.GetCollection<BsonDocument>("a").InsertManyAsync(Aggregate.Documents("[{_id: 1}]"));
        await database.GetCollection<BsonDocument>("b").InsertManyAsync(Aggregate.Documents("[{_id: 2}]"));
        var a = database.GetCollection<BsonDocument>("a");
        Aggregate.Same("[{_id: 1}, {_id: 2}]", await Aggregate.RunAsync(a, "[{$unionWith: 'b'}]"));
        Aggregate.Same("[{_id: 1}, {_id: 3}]", await Aggregate.RunAsync(a, "[{$unionWith: {pipeline: [{$documents: [{_id: 3}]}]}}]"));
        Aggregate.Same("[{_id: 1}]", await Aggregate.RunAsync(a, "[{$unionWith: 'missing'}]"));
    }

    [Theory]
    [InlineData("[{$unionWith: 1}]", 31335)]
    [InlineData("[{$unionWith: {coll: 'b', foo: 1}}]", 40415)]
    [InlineData("[{$unionWith: {coll: 'b', pipeline: [{$out: 'c'}]}}]", 31441)]
    public async Task Bad_unionWith_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
