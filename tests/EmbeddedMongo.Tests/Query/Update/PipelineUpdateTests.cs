using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>Updates given as an aggregation pipeline ("Updates with Aggregation Pipeline" in the manual).</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class PipelineUpdateTests(MongoTarget target)
{
    private static UpdateDefinition<BsonDocument> Pipeline(string stages)
        => new PipelineUpdateDefinition<BsonDocument>(PipelineDefinition<BsonDocument, BsonDocument>.Create(
            MongoDB.Bson.Serialization.BsonSerializer.Deserialize<BsonArray>(stages).Select(s => s.AsBsonDocument)));

    [Fact]
    public async Task Set_stage_with_NOW_adds_and_replaces_fields()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 3, test1: 95, test2: 110, modified: ISODate('2020-01-04T00:00:00Z') }");
        var result = await collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 3 }"), Pipeline("[ { $set: { test3: 98, modified: '$$NOW' } } ]"));
        Assert.Equal(1, result.ModifiedCount);
        var after = await collection.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        Assert.Equal(["_id", "test1", "test2", "modified", "test3"], after.Names);
        Assert.Equal(98, after["test3"].AsInt32);
        Assert.True(Math.Abs((after["modified"].ToUniversalTime() - DateTime.UtcNow).TotalMinutes) < 5);
    }

    [Fact]
    public async Task Stages_see_the_output_of_earlier_stages()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target,
            "{ _id: 1, tests: [ 95, 92, 90 ] }", "{ _id: 2, tests: [ 94, 88, 90 ] }", "{ _id: 3, tests: [ 70, 75, 82 ] }");
        await collection.UpdateManyAsync(FilterDefinition<BsonDocument>.Empty, Pipeline(
            "[ { $set: { average: { $trunc: [ { $avg: '$tests' }, 0 ] } } }, { $set: { grade: { $switch: { branches: [ { case: { $gte: [ '$average', 90 ] }, then: 'A' }, { case: { $gte: [ '$average', 80 ] }, then: 'B' }, { case: { $gte: [ '$average', 70 ] }, then: 'C' }, { case: { $gte: [ '$average', 60 ] }, then: 'D' } ], default: 'F' } } } } ]"));
        var docs = await collection.Find(FilterDefinition<BsonDocument>.Empty).SortBy(d => d["_id"]).ToListAsync();
        Assert.Equal(["A", "A", "C"], docs.Select(d => d["grade"].AsString));
        Assert.Equal([92.0, 90.0, 75.0], docs.Select(d => d["average"].ToDouble()));
    }

    [Fact]
    public async Task Unset_and_project_keep_the_id()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, a: 1, b: 2, c: 3 }");
        await collection.UpdateOneAsync(FilterDefinition<BsonDocument>.Empty, Pipeline("[ { $unset: [ 'a' ] }, { $project: { _id: 0, c: 1 } } ]"));
        UpdateHarness.AssertSameDocument("{ _id: 1, c: 3 }", await collection.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync());
    }

    [Fact]
    public async Task Unchanged_document_is_not_counted_as_modified()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, a: 1 }");
        var result = await collection.UpdateOneAsync(FilterDefinition<BsonDocument>.Empty, Pipeline("[ { $set: { a: 1 } } ]"));
        Assert.Equal(1, result.MatchedCount);
        Assert.Equal(0, result.ModifiedCount);
    }

    [Fact]
    public async Task Pipeline_upsert_starts_from_the_query_equalities()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        var result = await collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 9, k: 'x' }"), Pipeline("[ { $set: { n: { $add: [ 1, 2 ] } } } ]"), new UpdateOptions { IsUpsert = true });
        Assert.Equal(9, result.UpsertedId.AsInt32);
        UpdateHarness.AssertSameDocument("{ _id: 9, k: 'x', n: 3 }", await collection.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync());
    }

    [Fact]
    public async Task FindOneAndUpdate_accepts_a_pipeline()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, price: 10, qty: 3 }");
        var after = await collection.FindOneAndUpdateAsync(FilterDefinition<BsonDocument>.Empty, Pipeline("[ { $set: { total: { $multiply: [ '$price', '$qty' ] } } } ]"),
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After });
        UpdateHarness.AssertSameDocument("{ _id: 1, price: 10, qty: 3, total: 30 }", after);
    }

    [Theory]
    [InlineData("[ { $group: { _id: 1 } } ]", 72, "$group is not allowed to be used within an update")]
    [InlineData("[ { $set: { _id: 2 } } ]", 66, "After applying the update, the (immutable) field '_id' was found to have been altered to _id: 2")]
    public async Task Invalid_pipeline_update_is_a_write_error(string pipeline, int code, string message)
    {
        var error = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1, a: 1 }", $"{{ q: {{}}, u: {pipeline} }}");
        Assert.Equal(message, error["errmsg"].AsString);
        Assert.Equal(code, error["code"].AsInt32);
    }
}
