using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class LimitSkipStageTests(MongoTarget target)
{
    private const string Five = "[{_id: 1}, {_id: 2}, {_id: 3}, {_id: 4}, {_id: 5}]";

    [Theory]
    [InlineData("[{$limit: 2}]", "[{_id: 1}, {_id: 2}]")]
    [InlineData("[{$limit: NumberLong(3)}]", "[{_id: 1}, {_id: 2}, {_id: 3}]")]
    [InlineData("[{$limit: 2.0}]", "[{_id: 1}, {_id: 2}]")]
    [InlineData("[{$limit: 100}]", Five)]
    [InlineData("[{$skip: 3}]", "[{_id: 4}, {_id: 5}]")]
    [InlineData("[{$skip: 0}]", Five)]
    [InlineData("[{$skip: 10}]", "[]")]
    [InlineData("[{$skip: 1}, {$limit: 2}]", "[{_id: 2}, {_id: 3}]")]
    [InlineData("[{$limit: 2}, {$skip: 1}]", "[{_id: 2}]")]
    public async Task Limit_and_skip_cut_the_stream(string pipeline, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, Five);
        Aggregate.Same(expected, await Aggregate.RunAsync(collection, pipeline));
    }

    [Theory]
    [InlineData("[{$limit: 0}]", 15958)]
    [InlineData("[{$limit: -1}]", 15958)]
    [InlineData("[{$limit: 'a'}]", 15957)]
    [InlineData("[{$limit: 1.5}]", 5107201)]
    [InlineData("[{$skip: -1}]", 15956)]
    [InlineData("[{$skip: 'a'}]", 15972)]
    [InlineData("[{$skip: 1.5}]", 5107200)]
    public async Task Bad_limit_or_skip_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, Five);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
