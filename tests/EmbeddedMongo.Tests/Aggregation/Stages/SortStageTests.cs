using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SortStageTests(MongoTarget target)
{
    [Theory]
    [InlineData("[{$sort: {v: 1}}]", new[] { 4, 2, 5, 1, 3 })]
    [InlineData("[{$sort: {v: -1}}]", new[] { 3, 1, 5, 2, 4 })]
    [InlineData("[{$sort: {v: -1}}, {$limit: 2}]", new[] { 3, 1 })]
    [InlineData("[{$sort: {v: 1}}, {$skip: 1}, {$limit: 2}]", new[] { 2, 5 })]
    [InlineData("[{$sort: {g: 1, v: -1}}]", new[] { 1, 5, 4, 3, 2 })]
    [InlineData("[{$sort: {g: 1}}]", new[] { 1, 4, 5, 2, 3 })]
    [InlineData("[{$sort: {g: 1}}, {$limit: 3}]", new[] { 1, 4, 5 })]
    public async Task Sort_orders_by_keys_stably(string pipeline, int[] expectedIds)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, g: 'a', v: 30}, {_id: 2, g: 'b', v: 10}, {_id: 3, g: 'b', v: 40}, {_id: 4, g: 'a', v: 5}, {_id: 5, g: 'a', v: 20}]");
        var result = await Aggregate.RunAsync(collection, pipeline);
        Assert.Equal(expectedIds, result.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Sort_compares_across_types_in_BSON_order()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, v: 'x'}, {_id: 2, v: 5}, {_id: 3}, {_id: 4, v: null}, {_id: 5, v: {a: 1}}, {_id: 6, v: true}, {_id: 7, v: NumberDecimal('4.5')}]");
        var result = await Aggregate.RunAsync(collection, "[{$sort: {v: 1, _id: 1}}]");
        Assert.Equal([3, 4, 7, 2, 1, 5, 6], result.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task Sort_followed_by_limit_returns_the_top_documents_of_a_large_input()
    {
        var collection = await Aggregate.SeedAsync(target, Enumerable.Range(0, 2000).Select(i => new BsonDocument { { "_id", i }, { "v", (i * 7919) % 2000 } }).ToArray());
        var result = await Aggregate.RunAsync(collection, "[{$sort: {v: -1}}, {$limit: 3}]");
        Assert.Equal([1999, 1998, 1997], result.Select(d => d["v"].AsInt32));
    }

    [Theory]
    [InlineData("[{$sort: 1}]", 15973)]
    [InlineData("[{$sort: {}}]", 15976)]
    [InlineData("[{$sort: {a: 2}}]", 15975)]
    [InlineData("[{$sort: {a: 'up'}}]", 15974)]
    public async Task Bad_sort_specification_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
