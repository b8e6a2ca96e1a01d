using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class LookupStageTests(MongoTarget target)
{
    private static async Task<IMongoDatabase> SeedAsync(IMongoDatabase database, string name, string json)
    {
        await database.GetCollection<BsonDocument>(name).InsertManyAsync(Aggregate.Documents(json));
        return database;
    }

    [Fact]
    public async Task Lookup_by_equality_matches_missing_local_fields_with_null_and_missing_foreign_fields()
    {
        // The manual's orders/inventory example.
        var database = target.NewDatabase();
        await SeedAsync(database, "orders", "[{_id: 1, item: 'almonds', price: 12, quantity: 2}, {_id: 2, item: 'pecans', price: 20, quantity: 1}, {_id: 3}]");
        await SeedAsync(database, "inventory",
            "[{_id: 1, sku: 'almonds', description: 'product 1', instock: 120}, {_id: 2, sku: 'bread', description: 'product 2', instock: 80}, " +
            "{_id: 3, sku: 'cashews', description: 'product 3', instock: 60}, {_id: 4, sku: 'pecans', description: 'product 4', instock: 70}, " +
            "{_id: 5, sku: null, description: 'Incomplete'}, {_id: 6}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("orders"),
            "[{$lookup: {from: 'inventory', localField: 'item', foreignField: 'sku', as: 'inventory_docs'}}]");
        Aggregate.Same(
            "[{_id: 1, item: 'almonds', price: 12, quantity: 2, inventory_docs: [{_id: 1, sku: 'almonds', description: 'product 1', instock: 120}]}," +
            " {_id: 2, item: 'pecans', price: 20, quantity: 1, inventory_docs: [{_id: 4, sku: 'pecans', description: 'product 4', instock: 70}]}," +
            " {_id: 3, inventory_docs: [{_id: 5, sku: null, description: 'Incomplete'}, {_id: 6}]}]",
            result);
    }

    [Fact]
    public async Task Lookup_with_an_array_local_field_matches_any_element()
    {
        // The manual's classes/members example.
        var database = target.NewDatabase();
        await SeedAsync(database, "classes",
            "[{_id: 1, title: 'Reading is my Superpower', enrollmentlist: ['giraffe2', 'pandabear', 'artie']}, {_id: 2, title: 'But Writing is a Superpower, too', enrollmentlist: ['giraffe1', 'artie']}]");
        await SeedAsync(database, "members",
            "[{_id: 1, name: 'artie', status: 'A'}, {_id: 2, name: 'giraffe', status: 'D'}, {_id: 3, name: 'giraffe1', status: 'A'}, " +
            "{_id: 4, name: 'panda', status: 'A'}, {_id: 5, name: 'pandabear', status: 'A'}, {_id: 6, name: 'giraffe2', status: 'D'}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("classes"),
            "[{$lookup: {from: 'members', localField: 'enrollmentlist', foreignField: 'name', as: 'enrollee_info'}}, {$project: {'enrollee_info._id': 1}}]");
        Aggregate.Same("[{_id: 1, enrollee_info: [{_id: 1}, {_id: 5}, {_id: 6}]}, {_id: 2, enrollee_info: [{_id: 1}, {_id: 3}]}]", result);
    }

    [Fact]
    public async Task Lookup_matches_a_foreign_array_by_element_and_numbers_across_types()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "local", "[{_id: 1, k: 2}, {_id: 2, k: NumberLong(3)}, {_id: 3, k: [7, 8]}]");
        await SeedAsync(database, "foreign", "[{_id: 'a', v: [1, 2]}, {_id: 'b', v: 3.0}, {_id: 'c', v: [7, 8]}, {_id: 'd', v: 8}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("local"),
            "[{$lookup: {from: 'foreign', localField: 'k', foreignField: 'v', as: 'm'}}, {$project: {'m._id': 1}}]");
        Aggregate.Same("[{_id: 1, m: [{_id: 'a'}]}, {_id: 2, m: [{_id: 'b'}]}, {_id: 3, m: [{_id: 'c'}, {_id: 'd'}]}]", result);
    }

    [Fact]
    public async Task Lookup_on_the_foreign_id_matches_array_elements_and_numbers_across_types_in_collection_order()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "products", "[{_id: 1, name: 'a'}, {_id: 2, name: 'b'}, {_id: 3, name: 'c'}, {_id: null, name: 'none'}]");
        await SeedAsync(database, "carts", "[{_id: 'x', items: [3, 1.0, NumberLong(2), 9]}, {_id: 'y', items: 2}, {_id: 'z'}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("carts"),
            "[{$lookup: {from: 'products', localField: 'items', foreignField: '_id', as: 'found'}}, {$project: {names: '$found.name'}}]");

        // A missing local field is null, which matches an _id of null, as {_id: null} would.
        Aggregate.Same("[{_id: 'x', names: ['a', 'b', 'c']}, {_id: 'y', names: ['b']}, {_id: 'z', names: ['none']}]", result);
    }

    [Fact]
    public async Task Lookup_of_a_missing_collection_gives_empty_arrays()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "local", "[{_id: 1, k: 2}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("local"), "[{$lookup: {from: 'none', localField: 'k', foreignField: 'k', as: 'm'}}]");
        Aggregate.Same("[{_id: 1, k: 2, m: []}]", result);
    }

    [Fact]
    public async Task Lookup_followed_by_unwind_of_its_field_gives_one_document_per_match()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "items", "[{_id: 1, p: 'x'}, {_id: 2, p: 'y'}, {_id: 3, p: 'none'}]");
        await SeedAsync(database, "products", "[{_id: 'x', cat: 'A'}, {_id: 'y', cat: 'B'}, {_id: 'y2', alias: 'y', cat: 'C'}]");
        var items = database.GetCollection<BsonDocument>("items");
        Aggregate.Same("[{_id: 1, p: 'x', prod: {_id: 'x', cat: 'A'}}, {_id: 2, p: 'y', prod: {_id: 'y', cat: 'B'}}]",
            await Aggregate.RunAsync(items, "[{$lookup: {from: 'products', localField: 'p', foreignField: '_id', as: 'prod'}}, {$unwind: '$prod'}]"));
        Aggregate.Same("[{_id: 1, p: 'x', prod: {_id: 'x', cat: 'A'}, i: NumberLong(0)}, {_id: 2, p: 'y', prod: {_id: 'y', cat: 'B'}, i: NumberLong(0)}, {_id: 3, p: 'none', i: null}]",
            await Aggregate.RunAsync(items, "[{$lookup: {from: 'products', localField: 'p', foreignField: '_id', as: 'prod'}}, {$unwind: {path: '$prod', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true}}]"));
    }

    [Theory]
    [InlineData("{'prod.cat': {$ne: 'B'}}", "[{_id: 1, p: 'x', prod: {_id: 'x', cat: 'A'}}, {_id: 4, p: ['x', 'z'], prod: {_id: 'x', cat: 'A'}}, {_id: 4, p: ['x', 'z'], prod: {_id: 'z', cat: 'C', tags: ['t1', 't2']}}]")]
    [InlineData("{$or: [{'prod.cat': 'B'}, {'prod.tags': 't2'}]}", "[{_id: 2, p: 'y', prod: {_id: 'y', cat: 'B'}}, {_id: 4, p: ['x', 'z'], prod: {_id: 'z', cat: 'C', tags: ['t1', 't2']}}]")]
    [InlineData("{'prod.cat': 'A', p: 'x'}", "[{_id: 1, p: 'x', prod: {_id: 'x', cat: 'A'}}, {_id: 4, p: ['x', 'z'], prod: {_id: 'x', cat: 'A'}}]")]
    [InlineData("{prod: {_id: 'y', cat: 'B'}}", "[{_id: 2, p: 'y', prod: {_id: 'y', cat: 'B'}}]")]
    [InlineData("{$expr: {$eq: ['$prod.cat', 'C']}}", "[{_id: 4, p: ['x', 'z'], prod: {_id: 'z', cat: 'C', tags: ['t1', 't2']}}]")]
    public async Task Match_after_lookup_and_unwind_filters_the_joined_documents(string match, string expected)
    {
        // A $match on the joined field alone is tested inside the $lookup (before any copy); the others stay after it.
        var database = target.NewDatabase();
        await SeedAsync(database, "items", "[{_id: 1, p: 'x'}, {_id: 2, p: 'y'}, {_id: 3, p: 'none'}, {_id: 4, p: ['x', 'z']}]");
        await SeedAsync(database, "products", "[{_id: 'x', cat: 'A'}, {_id: 'y', cat: 'B'}, {_id: 'z', cat: 'C', tags: ['t1', 't2']}]");
        Aggregate.Same(expected, await Aggregate.RunAsync(database.GetCollection<BsonDocument>("items"),
            $"[{{$lookup: {{from: 'products', localField: 'p', foreignField: '_id', as: 'prod'}}}}, {{$unwind: '$prod'}}, {{$match: {match}}}]"));
    }

    [Theory]
    [InlineData("{'o.a': {$gt: 1}}")]
    [InlineData("{'o.a': null}")]
    [InlineData("{'o.a': {$in: [1, null, 'x']}}")]
    [InlineData("{'o.tags': 'x', 'o.a': {$exists: true}}")]
    [InlineData("{'o.sub.k': {$elemMatch: {$gt: 2}}}")]
    [InlineData("{'o.sub.k': 3}")]
    [InlineData("{$or: [{'o.a': {$type: 'string'}}, {'o.b': {$exists: false}}]}")]
    [InlineData("{$nor: [{'o.a': 1}, {'o.tags': {$size: 2}}]}")]
    [InlineData("{$and: [{'o.a': {$ne: null}}, {'o.a': {$not: {$gt: 2}}}]}")]
    [InlineData("{'o.tags.0': 'x'}")]
    public async Task Match_tested_inside_the_lookup_keeps_exactly_what_a_separate_match_keeps(string match)
    {
        // The same $match with and without a stage between it and the $unwind (which keeps it from being absorbed).
        var database = target.NewDatabase();
        await SeedAsync(database, "local", "[{_id: 1, f: 1}, {_id: 2, f: 2}, {_id: 3, f: [3, 4]}, {_id: 4, f: 'none'}, {_id: 5, f: [1, 5, 6]}, {_id: 6}]");
        await SeedAsync(database, "foreign",
            "[{_id: 1, a: 1, tags: ['x', 'y']}, {_id: 2, a: 3, sub: [{k: 1}, {k: [3, 4]}]}, {_id: 3, a: null, b: 1}, {_id: 4, a: 'x', tags: 'x'}, " +
            "{_id: 5, sub: {k: 3}}, {_id: 6, a: [1, 2, 3], tags: []}, {_id: null, a: 2}]");
        var local = database.GetCollection<BsonDocument>("local");
        var absorbed = await Aggregate.RunAsync(local,
            $"[{{$lookup: {{from: 'foreign', localField: 'f', foreignField: '_id', as: 'o'}}}}, {{$unwind: '$o'}}, {{$match: {match}}}]");
        var separate = await Aggregate.RunAsync(local,
            $"[{{$lookup: {{from: 'foreign', localField: 'f', foreignField: '_id', as: 'o'}}}}, {{$unwind: '$o'}}, {{$set: {{sep: 1}}}}, {{$unset: 'sep'}}, {{$match: {match}}}]");
        Assert.NotEmpty(separate);
        Assert.Equal(separate.Select(d => d.ToJson()), absorbed.Select(d => d.ToJson()));
    }

    [Fact]
    public async Task Match_on_the_joined_field_after_a_preserving_unwind_keeps_unmatched_documents_it_accepts()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "items", "[{_id: 1, p: 'x'}, {_id: 2, p: 'y'}, {_id: 3, p: 'none'}]");
        await SeedAsync(database, "products", "[{_id: 'x', cat: 'A'}, {_id: 'y', cat: 'B'}]");
        Aggregate.Same("[{_id: 1, p: 'x', prod: {_id: 'x', cat: 'A'}}, {_id: 3, p: 'none'}]", await Aggregate.RunAsync(database.GetCollection<BsonDocument>("items"),
            "[{$lookup: {from: 'products', localField: 'p', foreignField: '_id', as: 'prod'}}, {$unwind: {path: '$prod', preserveNullAndEmptyArrays: true}}, {$match: {'prod.cat': {$ne: 'B'}}}]"));
    }

    [Fact]
    public async Task Lookup_after_a_group_joins_each_group_without_changing_the_group_keys()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "items", "[{_id: 1, p: 'x', k: {a: 1}}, {_id: 2, p: 'x', k: {a: 1}}, {_id: 3, p: 'y', k: {a: 2}}]");
        await SeedAsync(database, "products", "[{_id: 'x', cat: 'A'}, {_id: 'y', cat: 'B'}]");
        var items = database.GetCollection<BsonDocument>("items");
        Aggregate.Same("[{_id: 'x', n: 2, k: {a: 1}, prod: {_id: 'x', cat: 'A'}}, {_id: 'y', n: 1, k: {a: 2}, prod: {_id: 'y', cat: 'B'}}]", await Aggregate.RunAsync(items,
            "[{$group: {_id: '$p', n: {$sum: 1}, k: {$first: '$k'}}}, {$lookup: {from: 'products', localField: '_id', foreignField: '_id', as: 'prod'}}, {$unwind: '$prod'}]"));
        Aggregate.Same("[{_id: 'x', k: {a: 1, prod: {_id: 'x', cat: 'A'}}}, {_id: 'y', k: {a: 2, prod: {_id: 'y', cat: 'B'}}}, {_id: 1, p: 'x', k: {a: 1}}]", await Aggregate.RunAsync(items,
            "[{$group: {_id: '$p', k: {$first: '$k'}}}, {$lookup: {from: 'products', localField: '_id', foreignField: '_id', as: 'k.prod'}}, {$unwind: '$k.prod'}, " +
            "{$unionWith: {coll: 'items', pipeline: [{$match: {_id: 1}}]}}]"));
    }

    [Fact]
    public async Task Lookup_on_the_foreign_id_finds_keys_in_storage_order_reverse_order_and_across_deleted_records()
    {
        var database = target.NewDatabase();
        var foreign = database.GetCollection<BsonDocument>("foreign");
        await foreign.InsertManyAsync(Enumerable.Range(1, 600).Select(i => new BsonDocument { { "_id", i }, { "v", $"v{i}" } }));
        await foreign.DeleteManyAsync(new BsonDocument("_id", new BsonDocument("$in", new BsonArray { 3, 4, 10, 11, 12, 13, 14, 15 })));

        // In order (with numbers of other types), then backwards: both must find the same documents.
        var keys = Enumerable.Range(1, 600).Select(i => i % 7 == 0 ? (BsonValue)(double)i : i % 5 == 0 ? (BsonValue)(long)i : i).ToList();
        var local = database.GetCollection<BsonDocument>("local");
        await local.InsertManyAsync(keys.Concat(keys.AsEnumerable().Reverse()).Select((k, n) => new BsonDocument { { "_id", n }, { "k", k } }));
        var result = await Aggregate.RunAsync(local, "[{$lookup: {from: 'foreign', localField: 'k', foreignField: '_id', as: 'f'}}, {$unwind: '$f'}, {$project: {_id: 0, k: 1, v: '$f.v'}}]");
        var expected = keys.Concat(keys.AsEnumerable().Reverse())
            .Where(k => !new[] { 3, 4, 10, 11, 12, 13, 14, 15 }.Contains(k.ToInt32()))
            .Select(k => $"{k.ToInt32()}=v{k.ToInt32()}");
        Assert.Equal(expected, result.Select(d => $"{d["k"].ToInt32()}={d["v"].AsString}"));
    }

    [Fact]
    public async Task Lookup_into_a_dotted_field_keeps_the_rest_of_the_embedded_document()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "items", "[{_id: 1, p: 'x', meta: {note: 'n', seen: 1}}, {_id: 2, p: 'y', meta: 5}]");
        await SeedAsync(database, "products", "[{_id: 'x', cat: 'A'}]");
        var items = database.GetCollection<BsonDocument>("items");
        Aggregate.Same("[{_id: 1, p: 'x', meta: {note: 'n', seen: 1, prod: {_id: 'x', cat: 'A'}}}]", await Aggregate.RunAsync(items,
            "[{$lookup: {from: 'products', localField: 'p', foreignField: '_id', as: 'meta.prod'}}, {$unwind: '$meta.prod'}]"));
        Aggregate.Same("[{_id: 1, p: 'x', meta: {note: 'n', seen: 1, prod: [{_id: 'x', cat: 'A'}]}}, {_id: 2, p: 'y', meta: {prod: []}}]", await Aggregate.RunAsync(items,
            "[{$lookup: {from: 'products', localField: 'p', foreignField: '_id', as: 'meta.prod'}}]"));
    }

    [Fact]
    public async Task Lookup_without_from_reads_documents_of_its_pipeline()
    {
        var database = target.NewDatabase();
        await SeedAsync(database, "local", "[{_id: 1}]");
        var result = await Aggregate.RunAsync(database.GetCollection<BsonDocument>("local"),
            "[{$lookup: {pipeline: [{$documents: [{x: 1}, {x: 2}]}], as: 'd'}}]");
        Aggregate.Same("[{_id: 1, d: [{x: 1}, {x: 2}]}]", result);
    }

    [Theory]
    [InlineData("[{$lookup: 1}]", 9)]
    [InlineData("[{$lookup: {from: 'f', localField: 'a', foreignField: 'b'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', as: 'x'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', localField: 'a', as: 'x'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', localField: 'a', foreignField: 'b', as: 'x', foo: 'y'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', localField: 1, foreignField: 'b', as: 'x'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', localField: 'a', foreignField: 'b', let: {v: 1}, as: 'x'}}]", 9)]
    [InlineData("[{$lookup: {from: 'f', pipeline: [{$foo: 1}], as: 'x'}}]", 40324)]
    public async Task Bad_lookup_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
