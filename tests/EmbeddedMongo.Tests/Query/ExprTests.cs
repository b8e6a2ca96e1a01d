using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ExprTests(MongoTarget target)
{
    // The $expr page's monthlyBudget collection.
    private static readonly string[] Budget =
    [
        "{_id: 1, category: 'food', budget: 400, spent: 450}",
        "{_id: 2, category: 'drinks', budget: 100, spent: 150}",
        "{_id: 3, category: 'clothes', budget: 100, spent: 50}",
        "{_id: 4, category: 'misc', budget: 500, spent: 300}",
        "{_id: 5, category: 'travel', budget: 200, spent: 650}",
    ];

    [Theory]
    [InlineData("{$expr: {$gt: ['$spent', '$budget']}}", "1,2,5")]
    [InlineData("{$expr: {$lt: [{$subtract: ['$budget', '$spent']}, 0]}}", "1,2,5")]
    [InlineData("{$expr: '$budget'}", "1,2,3,4,5")]
    [InlineData("{$expr: '$missing'}", "")]
    [InlineData("{$expr: 0}", "")]
    [InlineData("{$expr: []}", "1,2,3,4,5")]
    [InlineData("{$expr: {$eq: ['$category', 'misc']}, budget: {$gt: 100}}", "4")]
    public async Task Expr_compares_fields_of_the_same_document(string filter, string expected)
    {
        var collection = await SeedAsync(target, Budget);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Fact]
    public async Task Projection_computes_fields_with_expressions()
    {
        var collection = await SeedAsync(target, Budget);
        var found = await collection.Find(new BsonDocument("_id", 1))
            .Project(BsonDocument.Parse("{category: 1, left: {$subtract: ['$budget', '$spent']}, cat: '$category', 'x.y': {$literal: 1}, gone: '$missing'}"))
            .SingleAsync();
        Assert.Equal(BsonDocument.Parse("{_id: 1, category: 'food', left: -50, cat: 'food', x: {y: 1}}"), found);
    }

    [Fact]
    public async Task Expression_in_exclusion_projection_fails_with_31252()
    {
        var collection = await SeedAsync(target, Budget);
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(FilterDefinition<BsonDocument>.Empty).Project(BsonDocument.Parse("{budget: 0, left: '$spent'}")).ToListAsync());
        Assert.Equal(31252, error.Code);
    }
}
