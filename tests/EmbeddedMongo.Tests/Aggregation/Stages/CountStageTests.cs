using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class CountStageTests(MongoTarget target)
{
    [Fact]
    public async Task Count_returns_one_document_with_the_number_of_inputs()
    {
        // The manual's example counts the scores above 80: 4 of the 6 documents.
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, subject: 'History', score: 88}, {_id: 2, subject: 'History', score: 92}, {_id: 3, subject: 'History', score: 97}, " +
            "{_id: 4, subject: 'History', score: 71}, {_id: 5, subject: 'History', score: 79}, {_id: 6, subject: 'History', score: 83}]");
        Aggregate.Same("[{passing_scores: 6}]", await Aggregate.RunAsync(collection, "[{$count: 'passing_scores'}]"));
        Aggregate.Same("[{n: 1}]", await Aggregate.RunAsync(collection, "[{$match: {score: 97}}, {$count: 'n'}]"));
    }

    [Fact]
    public async Task Count_of_nothing_returns_no_document()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Empty(await Aggregate.RunAsync(collection, "[{$match: {_id: 2}}, {$count: 'n'}]"));
    }

    [Theory]
    [InlineData("[{$count: 1}]", 40156)]
    [InlineData("[{$count: ''}]", 40157)]
    [InlineData("[{$count: '$n'}]", 40158)]
    [InlineData("[{$count: 'a.b'}]", 40160)]
    public async Task Bad_count_field_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
