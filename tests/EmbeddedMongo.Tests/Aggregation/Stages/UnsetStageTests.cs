using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class UnsetStageTests(MongoTarget target)
{
    // The manual's "books" example.
    private const string Books = "[{_id: 1, title: 'Antelope Antics', isbn: '0001122223334', author: {last: 'An', first: 'Auntie'}, copies: [{warehouse: 'A', qty: 5}, {warehouse: 'B', qty: 15}]}]";

    [Theory]
    [InlineData("'copies'", "{_id: 1, title: 'Antelope Antics', isbn: '0001122223334', author: {last: 'An', first: 'Auntie'}}")]
    [InlineData("['isbn', 'copies']", "{_id: 1, title: 'Antelope Antics', author: {last: 'An', first: 'Auntie'}}")]
    [InlineData("['isbn', 'author.first', 'copies.warehouse']", "{_id: 1, title: 'Antelope Antics', author: {last: 'An'}, copies: [{qty: 5}, {qty: 15}]}")]
    [InlineData("'_id'", "{title: 'Antelope Antics', isbn: '0001122223334', author: {last: 'An', first: 'Auntie'}, copies: [{warehouse: 'A', qty: 5}, {warehouse: 'B', qty: 15}]}")]
    public async Task Unset_removes_fields(string spec, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, Books);
        Aggregate.Same("[" + expected + "]", await Aggregate.RunAsync(collection, "[{$unset: " + spec + "}]"));
    }

    [Theory]
    [InlineData("[{$unset: 1}]", 31002)]
    [InlineData("[{$unset: []}]", 31119)]
    [InlineData("[{$unset: ['a', 1]}]", 31120)]
    public async Task Bad_unset_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, Books);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
