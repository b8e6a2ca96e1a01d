using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class LookupPipelineTests(MongoTarget target)
{
    private static async Task<IMongoDatabase> SeedAsync(IMongoDatabase database, string name, string json)
    {
        await database.GetCollection<BsonDocument>(name).InsertManyAsync(Aggregate.Documents(json));
        return database;
    }

    [Fact]
    public async Task Lookup_with_let_and_pipeline_sees_the_local_variables()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "orders", "[{_id: 1, item: 'almonds', ordered: 2}, {_id: 2, item: 'pecans', ordered: 1}]");
        await SeedAsync(database, "warehouses", "[{_id: 1, stock_item: 'almonds', warehouse: 'A'}, {_id: 2, stock_item: 'pecans', warehouse: 'B'}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("orders"),
            "[{$lookup: {from: 'warehouses', let: {order_item: '$item', qty: '$ordered'}, pipeline: [{$project: {_id: 0, warehouse: 1, wanted: '$$order_item', qty: '$$qty'}}], as: 'stock'}}]");
        Aggregate.Same(
            "[{_id: 1, item: 'almonds', ordered: 2, stock: [{warehouse: 'A', wanted: 'almonds', qty: 2}, {warehouse: 'B', wanted: 'almonds', qty: 2}]}," +
            " {_id: 2, item: 'pecans', ordered: 1, stock: [{warehouse: 'A', wanted: 'pecans', qty: 1}, {warehouse: 'B', wanted: 'pecans', qty: 1}]}]",
            result);
    }

    [Fact]
    public async Task Lookup_with_fields_and_pipeline_runs_the_pipeline_on_the_equality_matches()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "orders", "[{_id: 1, restaurant: 'Cafe', drink: 'lemonade'}]");
        await SeedAsync(database, "restaurants", "[{_id: 1, name: 'Cafe', food: 'cake'}, {_id: 2, name: 'Bar', food: 'nuts'}, {_id: 3, name: 'Cafe', food: 'pie'}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("orders"),
            "[{$lookup: {from: 'restaurants', localField: 'restaurant', foreignField: 'name', let: {d: '$drink'}, pipeline: [{$project: {_id: 0, food: 1, d: '$$d'}}], as: 'm'}}]");
        Aggregate.Same("[{_id: 1, restaurant: 'Cafe', drink: 'lemonade', m: [{food: 'cake', d: 'lemonade'}, {food: 'pie', d: 'lemonade'}]}]", result);
    }

    [Fact]
    public async Task Lookup_of_documents_matches_local_and_foreign_fields_before_the_rest_of_the_pipeline()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, zip: 94301}, {_id: 2, zip: 10019}, {_id: 3}]");
        var result = await Aggregate.RunAsync(collection,
            "[{$lookup: {localField: 'zip', foreignField: 'zip_id', as: 'n', pipeline: [{$documents: [{zip_id: 94301}, {zip_id: 94301}, {zip_id: 10019}, {other: 1}]}, {$count: 'matches'}]}}]");
        Aggregate.Same("[{_id: 1, zip: 94301, n: [{matches: 2}]}, {_id: 2, zip: 10019, n: [{matches: 1}]}, {_id: 3, n: [{matches: 1}]}]", result);
    }
}
