using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class MergeStageTests(MongoTarget target)
{
    private async Task<(IMongoCollection<BsonDocument> Source, IMongoCollection<BsonDocument> Target)> SeedAsync(string source, string existing)
    {
        var database = target.NewDatabase();
        var s = database.GetCollection<BsonDocument>("source");
        var t = database.GetCollection<BsonDocument>("target");
        await s.InsertManyAsync(Aggregate.Documents(source));
        if (existing != "[]")
        {
            await t.InsertManyAsync(Aggregate.Documents(existing));
        }

        return (s, t);
    }

    private static async Task<List<BsonDocument>> ContentsAsync(IMongoCollection<BsonDocument> collection)
        => await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("_id", 1)).ToListAsync();

    [Theory]
    [InlineData("{into: 'target'}", "[{_id: 1, a: 1, b: 'new'}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    [InlineData("'target'", "[{_id: 1, a: 1, b: 'new'}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    [InlineData("{into: 'target', whenMatched: 'replace'}", "[{_id: 1, b: 'new'}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    [InlineData("{into: 'target', whenMatched: 'keepExisting'}", "[{_id: 1, a: 1}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    [InlineData("{into: 'target', whenNotMatched: 'discard'}", "[{_id: 1, a: 1, b: 'new'}, {_id: 3, a: 3}]")]
    [InlineData("{into: 'target', whenMatched: [{$set: {a: {$add: ['$a', 10]}, b: '$$new.b'}}], whenNotMatched: 'insert'}", "[{_id: 1, a: 11, b: 'new'}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    [InlineData("{into: 'target', let: {v: '$b'}, whenMatched: [{$set: {c: '$$v'}}]}", "[{_id: 1, a: 1, c: 'new'}, {_id: 2, b: 'new2'}, {_id: 3, a: 3}]")]
    public async Task Merge_applies_the_matched_and_not_matched_modes(string spec, string expected)
    {
        var (source, targetCollection) = await SeedAsync("[{_id: 1, b: 'new'}, {_id: 2, b: 'new2'}]", "[{_id: 1, a: 1}, {_id: 3, a: 3}]");
        Assert.Empty(await Aggregate.RawAsync(source, "[{$merge: " + spec + "}]"));
        Aggregate.Same(expected, await ContentsAsync(targetCollection));
    }

    [Fact]
    public async Task Merge_with_whenMatched_fail_reports_a_duplicate_key()
    {
        var (source, _) = await SeedAsync("[{_id: 1, b: 'new'}]", "[{_id: 1, a: 1}]");
        Assert.Equal(11000, (await Aggregate.RawFailsAsync(source, "[{$merge: {into: 'target', whenMatched: 'fail'}}]")).Code);
    }

    [Fact]
    public async Task Merge_with_whenNotMatched_fail_reports_the_missing_match()
    {
        var (source, _) = await SeedAsync("[{_id: 2, b: 'new'}]", "[{_id: 1, a: 1}]");
        Assert.Equal(13113, (await Aggregate.RawFailsAsync(source, "[{$merge: {into: 'target', whenMatched: 'merge', whenNotMatched: 'fail'}}]")).Code);
    }

    [Fact]
    public async Task Merge_on_other_fields_needs_a_unique_index_and_matches_on_them()
    {
        // After the manual's "on" example: monthly totals merged by a unique (month) key.
        var (source, targetCollection) = await SeedAsync("[{_id: 1, month: '2019-05', total: 5}, {_id: 2, month: '2019-06', total: 6}]", "[{_id: 'x', month: '2019-05', total: 1}]");
        Assert.Equal(51183, (await Aggregate.RawFailsAsync(source, "[{$project: {_id: 0}}, {$merge: {into: 'target', on: 'month'}}]")).Code);
        await targetCollection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("month", 1), new CreateIndexOptions { Unique = true }));
        await Aggregate.RawAsync(source, "[{$project: {_id: 0}}, {$merge: {into: 'target', on: 'month', whenMatched: 'replace'}}]");
        var contents = await targetCollection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("month", 1)).ToListAsync();
        Assert.Equal(["2019-05", "2019-06"], contents.Select(d => d["month"].AsString));
        Assert.Equal([5, 6], contents.Select(d => d["total"].AsInt32));
        Assert.Equal("x", contents[0]["_id"].AsString);
    }

    [Fact]
    public async Task Merge_into_a_missing_collection_creates_it()
    {
        var (source, targetCollection) = await SeedAsync("[{_id: 1}]", "[]");
        await Aggregate.RawAsync(source, "[{$merge: 'target'}]");
        Aggregate.Same("[{_id: 1}]", await ContentsAsync(targetCollection));
    }

    [Theory]
    [InlineData("[{$merge: {into: 'target'}}, {$limit: 1}]", 40601)]
    [InlineData("[{$merge: {}}]", 40414)]
    [InlineData("[{$merge: {into: 'target', foo: 1}}]", 40415)]
    [InlineData("[{$merge: {into: 'target', whenMatched: 'bogus'}}]", 2)]
    [InlineData("[{$merge: {into: 'target', whenNotMatched: 'bogus'}}]", 2)]
    [InlineData("[{$merge: {into: 'target', let: {a: 1}}}]", 51199)]
    [InlineData("[{$project: {_id: 0}}, {$merge: {into: 'target', on: '_id', whenMatched: 'merge'}}]", -1)]
    public async Task Bad_merge_fails_with_the_server_code(string pipeline, int code)
    {
        var (source, _) = await SeedAsync("[{_id: 1}]", "[]");
        if (code < 0)
        {
            // Documents without _id get one when merged on _id: no error.
            await Aggregate.RawAsync(source, pipeline);
            return;
        }

        Assert.Equal(code, (await Aggregate.RawFailsAsync(source, pipeline)).Code);
    }
}
