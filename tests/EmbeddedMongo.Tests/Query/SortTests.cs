using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SortTests(MongoTarget target)
{
    [Theory]
    [InlineData("{v: 1, _id: 1}", "6,7,5,1,2,3,4")]
    [InlineData("{v: -1, _id: 1}", "4,1,3,2,5,7,6")]
    public async Task Arrays_sort_by_min_ascending_and_max_descending(string sort, string expected)
    {
        var collection = await SeedAsync(target,
            "{_id: 1, v: [1, 9]}",
            "{_id: 2, v: 2}",
            "{_id: 3, v: [3, 4]}",
            "{_id: 4, v: 10}",
            "{_id: 5, v: 0}",
            "{_id: 6, v: []}",
            "{_id: 7}");
        var found = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(BsonDocument.Parse(sort)).ToListAsync();
        Assert.Equal(Ids(expected), found.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Strings_sort_in_code_point_order_even_beyond_the_basic_plane()
    {
        // UTF-16 order would put the emoji (a surrogate pair) before U+FF21; its code point, as UTF-8 bytes, comes after.
        var collection = target.NewDatabase().GetCollection<BsonDocument>("strings");
        await collection.InsertManyAsync(
        [
            new BsonDocument { { "_id", 1 }, { "s", "a\uFF21" } },
            new BsonDocument { { "_id", 2 }, { "s", "a\U0001F600" } },
            new BsonDocument { { "_id", 3 }, { "s", "a" } },
            new BsonDocument { { "_id", 4 }, { "s", "aB" } },
            new BsonDocument { { "_id", 5 }, { "s", "ab" } },
        ]);

        var found = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("s", 1)).ToListAsync();

        Assert.Equal([3, 4, 5, 1, 2], found.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Sort_orders_types_in_BSON_order_and_missing_as_null()
    {
        var collection = await SeedAsync(target,
            "{_id: 1, v: 'a'}",
            "{_id: 2, v: 5}",
            "{_id: 3, v: null}",
            "{_id: 4, v: {x: 1}}",
            "{_id: 5, v: true}",
            "{_id: 6, v: NumberDecimal('4.5')}",
            "{_id: 7, v: MinKey}");
        var found = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(BsonDocument.Parse("{v: 1, _id: 1}")).ToListAsync();
        Assert.Equal(new[] { 7, 3, 6, 2, 1, 4, 5 }, found.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Dotted_sort_reaches_through_arrays_of_documents()
    {
        var collection = await SeedAsync(target,
            "{_id: 1, a: [{b: 5}, {b: 1}]}",
            "{_id: 2, a: {b: 3}}",
            "{_id: 3, a: [{b: 2}, {b: 8}]}");
        var ascending = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(BsonDocument.Parse("{'a.b': 1}")).ToListAsync();
        Assert.Equal(new[] { 1, 3, 2 }, ascending.Select(d => d["_id"].AsInt32));
        var descending = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(BsonDocument.Parse("{'a.b': -1}")).ToListAsync();
        Assert.Equal(new[] { 3, 1, 2 }, descending.Select(d => d["_id"].AsInt32));
    }

    [Theory]
    [InlineData("{v: 2}", 15975)]
    [InlineData("{v: {$meta: 'textScore'}}", 40218)]
    public async Task Bad_sort_specifications_fail(string sort, int code)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(BsonDocument.Parse(sort)).ToListAsync());
        Assert.Equal(code, error.Code);
    }
}
