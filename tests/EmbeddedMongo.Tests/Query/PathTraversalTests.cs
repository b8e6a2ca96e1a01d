using EmbeddedMongo.Tests.Infrastructure;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class PathTraversalTests(MongoTarget target)
{
    private static readonly string[] Documents =
    [
        "{_id: 1, a: {b: 1}}",
        "{_id: 2, a: [{b: 1}, {b: 2}]}",
        "{_id: 3, a: [{b: [1, 3]}]}",
        "{_id: 4, a: [{c: 1}]}",
        "{_id: 5, a: 5}",
        "{_id: 6, a: [[{b: 1}]]}",
        "{_id: 7, a: {b: null}}",
        "{_id: 8}",
        "{_id: 9, a: [{b: 4}, {'0': {b: 9}}]}",
        "{_id: 10, a: {'1': 'x'}}",
    ];

    [Theory]
    [InlineData("{'a.b': 1}", "1,2,3")]
    [InlineData("{'a.b': 3}", "3")]
    [InlineData("{'a.b': [1, 3]}", "3")]
    [InlineData("{'a.b': {$gt: 1}}", "2,3,9")]
    [InlineData("{'a.b': null}", "4,5,7,8,9,10")]
    [InlineData("{'a.b': {$exists: false}}", "4,5,6,8,10")]
    [InlineData("{'a.b': {$exists: true}}", "1,2,3,7,9")]
    [InlineData("{'a.0.b': 1}", "2,3,6")]
    [InlineData("{'a.0.b': 9}", "9")]
    [InlineData("{'a.1.b': 2}", "2")]
    [InlineData("{'a.b.1': 3}", "3")]
    [InlineData("{'a.1': 'x'}", "10")]
    [InlineData("{'a.b': {$ne: 1}}", "4,5,6,7,8,9,10")]
    public async Task Dotted_paths_traverse_arrays_and_indexes(string filter, string expected)
    {
        var collection = await SeedAsync(target, Documents);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{a: null}", "1,2")]
    [InlineData("{a: [null]}", "2")]
    [InlineData("{a: {$size: 1}}", "2,3")]
    [InlineData("{a: 1}", "3,4")]
    [InlineData("{a: [1]}", "3,4")]
    public async Task Whole_array_and_element_equality(string filter, string expected)
    {
        var collection = await SeedAsync(target, "{_id: 1}", "{_id: 2, a: [null]}", "{_id: 3, a: [1]}", "{_id: 4, a: [[1], 1]}");
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }
}
