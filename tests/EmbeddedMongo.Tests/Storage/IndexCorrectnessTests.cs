using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Storage;

/// <summary>
/// Whatever index the planner picks, a query returns exactly what a collection scan returns:
/// mixed types, arrays (multikey), missing fields, nested paths, every kind of bound.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class IndexCorrectnessTests(MongoTarget target)
{
    private static BsonValue RandomValue(Random random) => random.Next(12) switch
    {
        0 => random.Next(10),
        1 => (long)random.Next(10),
        2 => random.Next(10) + 0.5,
        3 => new Decimal128(random.Next(10)),
        4 => "s" + random.Next(5),
        5 => new BsonArray { random.Next(10), random.Next(10) },
        6 => new BsonArray(),
        7 => BsonNull.Value,
        8 => new BsonDocument("n", random.Next(5)),
        9 => new BsonArray { new BsonDocument("n", random.Next(5)), new BsonDocument("n", random.Next(5)) },
        10 => random.Next(2) == 0,
        _ => random.Next(10),
    };

    private static BsonDocument RandomDocument(Random random, int id)
    {
        var document = new BsonDocument("_id", id);
        foreach (var field in new[] { "a", "b", "c" })
        {
            if (random.Next(6) > 0)
            {
                document[field] = RandomValue(random);
            }
        }

        return document;
    }

    public static TheoryData<string> Filters => new()
    {
        "{a: 3}", "{a: 3.0}", "{a: 's1'}", "{a: {$gt: 4}}", "{a: {$gte: 2, $lt: 6}}", "{a: {$lte: 3}}",
        "{a: {$in: [1, 4, 's2']}}", "{a: {$gt: 2, $lt: 's3'}}", "{a: {$in: []}}", "{a: 2, b: {$gt: 3}}",
        "{a: {$in: [1, 2]}, b: {$in: [3, 4]}}", "{b: {$lt: 5}, a: {$gt: 5}}", "{'a.n': 2}", "{'a.n': {$gte: 3}}",
        "{c: 1, a: 1}", "{$and: [{a: {$gt: 1}}, {a: {$lt: 8}}]}", "{a: {$gt: 3, $ne: 5}}", "{a: {$exists: true}, b: 4}",
        "{a: null}", "{a: {$eq: 7}}", "{a: {n: 1}}", "{a: true}", "{a: {$gt: false}}", "{$or: [{a: 1}, {b: 2}]}",
        "{a: {$gt: 3}, c: {$in: [0, 1, 2]}}", "{b: 5.5}", "{a: {$lt: 's9'}}",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Indexed_results_equal_collection_scan_results(string filterJson)
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        var random = new Random(20240601);
        await collection.InsertManyAsync(Enumerable.Range(0, 400).Select(i => RandomDocument(random, i)));
        await collection.Indexes.CreateManyAsync([
            new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "a", -1 }, { "b", 1 } }),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "b", 1 }, { "a", 1 }, { "c", -1 } }),
            new CreateIndexModel<BsonDocument>(new BsonDocument("a.n", 1)),
            new CreateIndexModel<BsonDocument>(new BsonDocument("c", 1), new CreateIndexOptions { Sparse = true }),
        ]);
        var filter = BsonDocument.Parse(filterJson);
        var expected = await Ids(collection, filter, new BsonDocument("$natural", 1));
        Assert.Equal(expected, await Ids(collection, filter, null));
        foreach (var index in new[] { "a_1", "a_-1_b_1", "b_1_a_1_c_-1", "a.n_1" })
        {
            Assert.Equal(expected, await Ids(collection, filter, index));
        }
    }

    [Theory]
    [InlineData("{a: 1}", "{b: 1}")]
    [InlineData("{a: -1}", "{b: -1}")]
    [InlineData("{b: 1, a: 1}", "{}")]
    public async Task Index_provided_order_equals_sorted_order(string sortJson, string filterJson)
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        var random = new Random(7);
        await collection.InsertManyAsync(Enumerable.Range(0, 300).Select(i => new BsonDocument
        {
            { "_id", i },
            { "a", random.Next(20) },
            { "b", random.Next(3) },
        }));
        await collection.Indexes.CreateManyAsync([
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "b", 1 }, { "a", 1 } }),
            new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)),
        ]);
        var sort = BsonDocument.Parse(sortJson);
        var filter = BsonDocument.Parse(filterJson);
        var viaIndex = await collection.Find(filter).Sort(sort).ToListAsync();
        var viaScan = await collection.Find(filter, new FindOptions { Hint = new BsonDocument("$natural", 1) }).Sort(sort).ToListAsync();
        Assert.Equal(viaScan.Count, viaIndex.Count);
        var field = sort.GetElement(0).Name;
        Assert.Equal(viaScan.Select(d => d[field].AsInt32), viaIndex.Select(d => d[field].AsInt32));
    }

    private static async Task<List<int>> Ids(IMongoCollection<BsonDocument> collection, BsonDocument filter, BsonValue? hint)
    {
        var options = hint is null ? null : new FindOptions { Hint = hint };
        var found = await collection.Find(filter, options).ToListAsync();
        return found.Select(d => d["_id"].AsInt32).Order().ToList();
    }
}
