using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ProjectStageTests(MongoTarget target)
{
    // The manual's "books" document.
    private const string Book = "[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}]";

    [Theory]
    [InlineData("{title: 1, author: 1}", "{_id: 1, title: 'abc123', author: {last: 'zzz', first: 'aaa'}}")]
    [InlineData("{_id: 0, title: 1, author: 1}", "{title: 'abc123', author: {last: 'zzz', first: 'aaa'}}")]
    [InlineData("{lastModified: 0}", "{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5}")]
    [InlineData("{'author.first': 0, lastModified: 0}", "{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}")]
    [InlineData("{author: {first: 0}, lastModified: 0}", "{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}")]
    [InlineData("{'author.first': 1}", "{_id: 1, author: {first: 'aaa'}}")]
    [InlineData("{author: {first: true}, _id: false}", "{author: {first: 'aaa'}}")]
    [InlineData("{_id: 0}", "{title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}")]
    [InlineData("{copies: 1, title: 1}", "{_id: 1, title: 'abc123', copies: 5}")]
    [InlineData("{title: 1, label: 'literal'}", "{_id: 1, title: 'abc123', label: 'literal'}")]
    [InlineData("{missing: 1}", "{_id: 1}")]
    public async Task Project_includes_excludes_and_sets_fields(string spec, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, Book);
        Aggregate.Same("[" + expected + "]", await Aggregate.RunAsync(collection, "[{$project: " + spec + "}]"));
    }

    [Fact]
    public async Task Project_of_a_dotted_path_reaches_into_arrays_of_documents()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: [{b: 1, c: 2}, 5, {c: 3}, [{b: 4, c: 5}]]}]");
        Aggregate.Same("[{_id: 1, a: [{b: 1}, {}, [{b: 4}]]}]", await Aggregate.RunAsync(collection, "[{$project: {'a.b': 1}}]"));
        Aggregate.Same("[{_id: 1, a: [{c: 2}, 5, {c: 3}, [{c: 5}]]}]", await Aggregate.RunAsync(collection, "[{$project: {'a.b': 0}}]"));
    }

    [Theory]
    [InlineData("[{$project: 1}]", 15969)]
    [InlineData("[{$project: {}}]", 51272)]
    [InlineData("[{$project: {a: 1, b: 0}}]", 31254)]
    [InlineData("[{$project: {a: 0, b: 1}}]", 31253)]
    [InlineData("[{$project: {a: 1, 'a.b': 1}}]", 31250)]
    [InlineData("[{$project: {'$a': 1}}]", 16410)]
    public async Task Bad_projection_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, Book);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
