using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class CountDistinctTests(MongoTarget target)
{
    private async Task<(IMongoDatabase Database, IMongoCollection<BsonDocument> Collection)> SeedAsync()
    {
        var database = target.NewDatabase();
        var collection = database.GetCollection<BsonDocument>("c");
        await collection.InsertManyAsync(new[]
        {
            "{_id: 1, dept: 'A', item: {sku: '111', colors: ['red', 'blue']}, sizes: ['S', 'M'], n: 1}",
            "{_id: 2, dept: 'A', item: {sku: '111', colors: 'red'}, sizes: ['M', 'L'], n: 1.0}",
            "{_id: 3, dept: 'B', item: {sku: '222', colors: 'blue'}, sizes: 'S', n: NumberLong(2)}",
            "{_id: 4, dept: 'A', item: {sku: '333', colors: 'green'}, sizes: ['S'], n: null}",
            "{_id: 5, dept: 'C', items: [{sku: 'x'}, {sku: 'y'}], sizes: [['S']]}",
        }.Select(BsonDocument.Parse));
        return (database, collection);
    }

    [Fact]
    public async Task Estimated_count_uses_the_count_command()
    {
        var (_, collection) = await SeedAsync();
        Assert.Equal(5, await collection.EstimatedDocumentCountAsync());
    }

    [Theory]
    [InlineData("{count: 'c'}", 5)]
    [InlineData("{count: 'c', query: {dept: 'A'}}", 3)]
    [InlineData("{count: 'c', query: {dept: 'A'}, skip: 1}", 2)]
    [InlineData("{count: 'c', query: {dept: 'A'}, limit: 2}", 2)]
    [InlineData("{count: 'c', query: {dept: 'A'}, limit: -2}", 2)]
    [InlineData("{count: 'c', query: {dept: 'A'}, skip: 5}", 0)]
    [InlineData("{count: 'missing'}", 0)]
    [InlineData("{count: 'c', query: {sizes: 'S'}}", 3)]
    public async Task Count_applies_query_skip_and_limit(string command, int expected)
    {
        var (database, _) = await SeedAsync();
        var reply = await database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(command));
        Assert.Equal(expected, reply["n"].ToInt32());
    }

    [Theory]
    [InlineData("dept", "{}", "['A', 'B', 'C']")]
    [InlineData("dept", "{n: 1}", "['A']")]
    [InlineData("item.sku", "{}", "['111', '222', '333']")]
    [InlineData("item.colors", "{}", "['blue', 'green', 'red']")]
    [InlineData("sizes", "{}", "['L', 'M', 'S', ['S']]")]
    [InlineData("items.sku", "{}", "['x', 'y']")]
    [InlineData("n", "{}", "[null, 1, NumberLong(2)]")]
    [InlineData("nothing", "{}", "[]")]
    public async Task Distinct_unwinds_arrays_one_level_and_sorts_in_BSON_order(string key, string query, string expected)
    {
        var (database, _) = await SeedAsync();
        var reply = await database.RunCommandAsync<BsonDocument>(new BsonDocument { { "distinct", "c" }, { "key", key }, { "query", BsonDocument.Parse(query) } });
        Assert.Equal(BsonDocument.Parse("{v: " + expected + "}")["v"], reply["values"]);
    }

    [Fact]
    public async Task Distinct_through_the_driver()
    {
        var (_, collection) = await SeedAsync();
        var cursor = await collection.DistinctAsync<string>("dept", new BsonDocument("n", new BsonDocument("$exists", true)));
        Assert.Equal(new[] { "A", "B" }, await cursor.ToListAsync());
    }

    [Fact]
    public async Task Distinct_requires_a_key()
    {
        var (database, _) = await SeedAsync();
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(BsonDocument.Parse("{distinct: 'c'}")));
        Assert.Equal(40414, error.Code);
    }
}
