using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>The positional operators "$", "$[]" and "$[identifier]" with the manual's examples.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class PositionalTests(MongoTarget target)
{
    [Theory]
    [InlineData("{ _id: 1, grades: [ 85, 80, 80 ] }", "{ _id: 1, grades: 80 }", "{ $set: { 'grades.$': 82 } }", "{ _id: 1, grades: [ 85, 82, 80 ] }")]
    [InlineData("{ _id: 4, grades: [ { grade: 80, mean: 75, std: 8 }, { grade: 85, mean: 90, std: 5 }, { grade: 85, mean: 85, std: 8 } ] }",
        "{ _id: 4, 'grades.grade': 85 }", "{ $set: { 'grades.$.std': 6 } }",
        "{ _id: 4, grades: [ { grade: 80, mean: 75, std: 8 }, { grade: 85, mean: 90, std: 6 }, { grade: 85, mean: 85, std: 8 } ] }")]
    [InlineData("{ _id: 5, grades: [ { grade: 80, mean: 75, std: 8 }, { grade: 85, mean: 90, std: 5 }, { grade: 90, mean: 85, std: 3 } ] }",
        "{ _id: 5, grades: { $elemMatch: { grade: { $lte: 90 }, mean: { $gt: 80 } } } }", "{ $set: { 'grades.$.std': 6 } }",
        "{ _id: 5, grades: [ { grade: 80, mean: 75, std: 8 }, { grade: 85, mean: 90, std: 6 }, { grade: 90, mean: 85, std: 3 } ] }")]
    [InlineData("{ _id: 1, grades: [ 70, 90, 95 ] }", "{ grades: { $gte: 90 } }", "{ $set: { 'grades.$': 0 } }", "{ _id: 1, grades: [ 70, 0, 95 ] }")]
    [InlineData("{ _id: 1, grades: [ 85, 82, 80 ] }", "{}", "{ $inc: { 'grades.$[]': 10 } }", "{ _id: 1, grades: [ 95, 92, 90 ] }")]
    [InlineData("{ _id: 1, grades: [ { grade: 80, mean: 75, std: 8 }, { grade: 85, mean: 90, std: 6 } ] }", "{}", "{ $inc: { 'grades.$[].std': -2 } }",
        "{ _id: 1, grades: [ { grade: 80, mean: 75, std: 6 }, { grade: 85, mean: 90, std: 4 } ] }")]
    [InlineData("{ _id: 1, a: [ [ 1, 2 ], [ 3 ] ] }", "{}", "{ $inc: { 'a.$[].$[]': 1 } }", "{ _id: 1, a: [ [ 2, 3 ], [ 4 ] ] }")]
    public async Task Positional_examples(string before, string filter, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update, filter);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Fact]
    public async Task Positional_without_a_query_match_is_an_error()
    {
        var error = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1, a: [ 1, 2 ] }", "{ q: { _id: 1 }, u: { $set: { 'a.$': 5 } } }");
        Assert.Equal(2, error["code"].AsInt32);
        Assert.Equal("The positional operator did not find the match needed from the query.", error["errmsg"].AsString);
    }

    [Fact]
    public async Task All_positional_needs_an_existing_array()
    {
        var missing = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1 }", "{ q: {}, u: { $set: { 'a.$[]': 5 } } }");
        Assert.Equal(2, missing["code"].AsInt32);
        Assert.Equal("The path 'a' must exist in the document in order to apply array updates.", missing["errmsg"].AsString);
        var scalar = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { 'a.$[]': 5 } } }");
        Assert.Equal(2, scalar["code"].AsInt32);
        Assert.Equal("Cannot apply array updates to non-array element a: 1", scalar["errmsg"].AsString);
    }

    [Fact]
    public async Task Array_filter_identifier_must_be_declared_and_used()
    {
        var missing = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1, a: [ 1 ] }", "{ q: {}, u: { $set: { 'a.$[x]': 5 } } }");
        Assert.Equal(2, missing["code"].AsInt32);
        Assert.Equal("No array filter found for identifier 'x' in path 'a.$[x]'", missing["errmsg"].AsString);
        var unused = await UpdateHarness.UpdateErrorAsync(target, "{ _id: 1, a: [ 1 ] }", "{ q: {}, u: { $set: { a: 5 } }, arrayFilters: [ { x: 1 } ] }");
        Assert.Equal(9, unused["code"].AsInt32);
        Assert.StartsWith("The array filter for identifier 'x' was not used in the update", unused["errmsg"].AsString);
    }

    [Fact]
    public async Task Array_filters_select_elements_in_every_matching_document()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, grades: [ 95, 92, 90 ] }", "{ _id: 2, grades: [ 98, 100, 102 ] }", "{ _id: 3, grades: [ 95, 110, 100 ] }");
        var result = await collection.UpdateManyAsync(FilterDefinition<BsonDocument>.Empty, BsonDocument.Parse("{ $set: { 'grades.$[element]': 100 } }"),
            new UpdateOptions { ArrayFilters = UpdateHarness.BsonSerializer("[ { element: { $gte: 100 } } ]") });
        Assert.Equal(3, result.MatchedCount);
        Assert.Equal(2, result.ModifiedCount);
        var docs = await collection.Find(FilterDefinition<BsonDocument>.Empty).SortBy(d => d["_id"]).ToListAsync();
        Assert.Equal("[[95, 92, 90], [98, 100, 100], [95, 100, 100]]", new BsonArray(docs.Select(d => d["grades"])).ToJson());
    }

    [Fact]
    public async Task Array_filter_on_embedded_fields()
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target,
            "{ _id: 1, grades: [ { grade: 80, mean: 75, std: 6 }, { grade: 85, mean: 90, std: 4 }, { grade: 85, mean: 85, std: 6 } ] }",
            "{ $set: { 'grades.$[elem].mean': 100 } }", arrayFilters: "[ { 'elem.grade': { $gte: 85 } } ]");
        UpdateHarness.AssertSameDocument("{ _id: 1, grades: [ { grade: 80, mean: 75, std: 6 }, { grade: 85, mean: 100, std: 4 }, { grade: 85, mean: 100, std: 6 } ] }", after);
    }

    [Fact]
    public async Task Array_filter_with_equality_selects_matching_elements()
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, "{ _id: 1, a: [ 1, 2, 1 ] }", "{ $set: { 'a.$[one]': 9 } }", arrayFilters: "[ { one: 1 } ]");
        UpdateHarness.AssertSameDocument("{ _id: 1, a: [ 9, 2, 9 ] }", after);
    }
}
