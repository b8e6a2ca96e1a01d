using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class GroupStageTests(MongoTarget target)
{
    [Fact]
    public async Task Group_with_constant_id_makes_one_group_of_everything()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}, {_id: 3}]");
        Aggregate.Same("[{_id: null, n: 3, c: 3}]", await Aggregate.RunAsync(collection, "[{$group: {_id: null, n: {$sum: 1}, c: {$count: {}}}}]"));
        Aggregate.Same("[{_id: 1, n: 3}]", await Aggregate.RunAsync(collection, "[{$group: {_id: 1, n: {$sum: 1}}}]"));
    }

    [Fact]
    public async Task Group_of_no_documents_yields_no_group()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Empty(await Aggregate.RunAsync(collection, "[{$match: {_id: 5}}, {$group: {_id: null, n: {$sum: 1}}}]"));
    }

    [Fact]
    public async Task Group_with_only_an_id_lists_the_distinct_keys()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        Aggregate.Same("[{_id: {k: 'x'}}]", await Aggregate.RunAsync(collection, "[{$group: {_id: {k: 'x'}}}]"));
    }

    [Theory]
    [InlineData("[{$group: 1}]", 15947)]
    [InlineData("[{$group: {n: {$sum: 1}}}]", 15955)]
    [InlineData("[{$group: {_id: null, n: 1}}]", 40234)]
    [InlineData("[{$group: {_id: null, n: {$sum: 1, $avg: 1}}}]", 40238)]
    [InlineData("[{$group: {_id: null, n: {$foo: 1}}}]", 15952)]
    [InlineData("[{$group: {_id: null, 'a.b': {$sum: 1}}}]", 40235)]
    [InlineData("[{$group: {_id: null, '$a': {$sum: 1}}}]", 40236)]
    [InlineData("[{$group: {_id: null, n: {$sum: [1, 2]}}}]", 40237)]
    [InlineData("[{$group: {_id: null, n: {$count: 1}}}]", 14)]
    public async Task Bad_group_specification_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
