using EmbeddedMongo.Tests.Infrastructure;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class LogicalOperatorTests(MongoTarget target)
{
    private static readonly string[] Documents =
    [
        "{_id: 1, price: 1.99, qty: 10, sale: true}",
        "{_id: 2, price: 5, qty: 30, sale: false}",
        "{_id: 3, price: 10, qty: 5}",
        "{_id: 4, price: [1, 20], qty: 100}",
        "{_id: 5, qty: 0}",
    ];

    [Theory]
    [InlineData("{$and: [{price: {$ne: 1.99}}, {price: {$exists: true}}]}", "2,3,4")]
    [InlineData("{$or: [{qty: {$lt: 10}}, {sale: true}]}", "1,3,5")]
    [InlineData("{$nor: [{price: 1.99}, {sale: true}]}", "2,3,4,5")]
    [InlineData("{$nor: [{price: 1.99}, {qty: {$lt: 20}}]}", "2,4")]
    [InlineData("{price: {$not: {$gt: 1.99}}}", "1,5")]
    [InlineData("{price: {$not: {$lt: 5}}}", "2,3,5")]
    [InlineData("{price: {$gt: 5, $lt: 15}}", "3,4")]
    [InlineData("{price: {$elemMatch: {$gt: 5, $lt: 15}}}", "")]
    [InlineData("{$and: [{$or: [{qty: 10}, {qty: 30}]}, {$or: [{sale: true}, {price: 5}]}]}", "1,2")]
    [InlineData("{qty: {$gte: 10}, $comment: 'stock check'}", "1,2,4")]
    [InlineData("{$and: [{qty: {$gt: 0}}], qty: {$lt: 30}}", "1,3")]
    [InlineData("{$sampleRate: 1}", "1,2,3,4,5")]
    [InlineData("{$sampleRate: 0}", "")]
    public async Task Logical_operators_combine_clauses(string filter, string expected)
    {
        var collection = await SeedAsync(target, Documents);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{$and: {}}", 2, "$and must be an array")]
    [InlineData("{$or: []}", 2, "$and/$or/$nor must be a nonempty array")]
    [InlineData("{$nor: [1]}", 2, "$or/$and/$nor entries need to be full objects")]
    [InlineData("{a: {$not: {}}}", 2, "$not cannot be empty")]
    [InlineData("{a: {$not: 5}}", 2, "$not needs a regex or a document")]
    [InlineData("{$text: {$search: 'x'}}", 27, "text index required for $text query")]
    [InlineData("{$sampleRate: 2}", 2, "numeric argument to $sampleRate must be in [0, 1]")]
    [InlineData("{loc: {$near: [0, 0]}}", 291, "unable to find index for $geoNear query")]
    public async Task Bad_logical_arguments_fail_like_MongoDB(string filter, int code, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, filter);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }
}
