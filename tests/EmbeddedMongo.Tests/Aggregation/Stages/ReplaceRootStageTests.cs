using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ReplaceRootStageTests(MongoTarget target)
{
    // The manual's produce collection.
    private const string Produce = "[{_id: 1, fruits: ['apples', 'oranges'], in_stock: {oranges: 20, apples: 60}, on_order: {oranges: 35, apples: 75}}]";

    [Theory]
    [InlineData("[{$replaceRoot: {newRoot: '$in_stock'}}]", "[{oranges: 20, apples: 60}]")]
    [InlineData("[{$replaceWith: '$on_order'}]", "[{oranges: 35, apples: 75}]")]
    [InlineData("[{$replaceWith: {stock: '$in_stock.apples', ordered: '$on_order.apples'}}]", "[{stock: 60, ordered: 75}]")]
    [InlineData("[{$replaceRoot: {newRoot: {$mergeObjects: [{oranges: 0, pears: 0}, '$in_stock']}}}]", "[{oranges: 20, pears: 0, apples: 60}]")]
    public async Task ReplaceRoot_promotes_an_embedded_document(string pipeline, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, Produce);
        Aggregate.Same(expected, await Aggregate.RunAsync(collection, pipeline));
    }

    [Theory]
    [InlineData("[{$replaceRoot: {newRoot: '$missing'}}]", 40228)]
    [InlineData("[{$replaceWith: '$fruits'}]", 40228)]
    [InlineData("[{$replaceRoot: {}}]", 40414)]
    [InlineData("[{$replaceRoot: {newRoot: '$in_stock', other: 1}}]", 40415)]
    public async Task Bad_replacement_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, Produce);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
