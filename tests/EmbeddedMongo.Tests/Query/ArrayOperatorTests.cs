using EmbeddedMongo.Tests.Infrastructure;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ArrayOperatorTests(MongoTarget target)
{
    private static readonly string[] Documents =
    [
        "{_id: 1, tags: ['appliance', 'school', 'book'], results: [82, 85, 88]}",
        "{_id: 2, tags: ['school', 'book'], results: [75, 88, 89]}",
        "{_id: 3, tags: [['school', 'book']], results: []}",
        "{_id: 4, tags: 'school', results: [{product: 'abc', score: 10}, {product: 'xyz', score: 5}]}",
        "{_id: 5, results: [{product: 'abc', score: 8}, {product: 'xyz', score: 7}]}",
        "{_id: 6, results: [{product: 'xyz', score: 8}]}",
    ];

    [Theory]
    [InlineData("{tags: {$all: ['school', 'book']}}", "1,2")]
    [InlineData("{tags: {$all: ['school']}}", "1,2,4")]
    [InlineData("{tags: {$all: [['school', 'book']]}}", "2,3")]
    [InlineData("{tags: {$all: []}}", "")]
    [InlineData("{tags: {$all: [/^sch/, 'book']}}", "1,2")]
    [InlineData("{results: {$elemMatch: {$gte: 80, $lt: 85}}}", "1")]
    [InlineData("{results: {$elemMatch: {product: 'xyz', score: {$gte: 8}}}}", "6")]
    [InlineData("{results: {$elemMatch: {product: 'xyz'}}}", "4,5,6")]
    [InlineData("{results: {$elemMatch: {$or: [{score: 10}, {score: 7}]}}}", "4,5")]
    [InlineData("{results: {$elemMatch: {$ne: 88}}}", "1,2,4,5,6")]
    [InlineData("{results: {$all: [{$elemMatch: {score: {$gt: 6}}}, {$elemMatch: {product: 'abc'}}]}}", "4,5")]
    [InlineData("{results: {$size: 0}}", "3")]
    [InlineData("{results: {$size: 2}}", "4,5")]
    [InlineData("{tags: {$size: 1}}", "3")]
    [InlineData("{'results.score': {$gte: 8}}", "4,5,6")]
    [InlineData("{'results.1.score': 7}", "5")]
    public async Task Array_operators(string filter, string expected)
    {
        var collection = await SeedAsync(target, Documents);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{a: {$all: 1}}", "$all needs an array")]
    [InlineData("{a: {$elemMatch: 1}}", "$elemMatch needs an Object")]
    [InlineData("{a: {$size: 'x'}}", "$size needs a number")]
    [InlineData("{a: {$size: -1}}", "$size may not be negative")]
    [InlineData("{a: {$size: 1.5}}", "$size must be a whole number")]
    [InlineData("{a: {$all: [{$elemMatch: {b: 1}}, 2]}}", "$all/$elemMatch has to be consistent")]
    public async Task Bad_array_arguments_are_BadValue(string filter, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, filter);
        Assert.Equal(2, error.Code);
        Assert.Contains(message, error.Message);
    }
}
