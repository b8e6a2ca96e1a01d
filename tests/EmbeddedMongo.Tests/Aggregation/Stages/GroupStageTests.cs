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

    [Fact]
    public async Task Group_by_a_document_key_keeps_each_distinct_key_in_first_seen_order()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, y: 2024, m: 1, v: 1}, {_id: 2, y: 2024, m: 2, v: 2}, {_id: 3, y: 2024, m: 1, v: 3}, {_id: 4, y: 2023, v: 4}, {_id: 5, m: 2, y: 2024, v: 5}, {_id: 6, v: 6}, {_id: 7, y: 2023, v: 7}]");
        Aggregate.Same(
            "[{_id: {year: 2024, month: 1}, n: [1, 3]}, {_id: {year: 2024, month: 2}, n: [2, 5]}, {_id: {year: 2023}, n: [4, 7]}, {_id: {}, n: [6]}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: {year: '$y', month: '$m'}, n: {$push: '$v'}}}]"));
    }

    [Fact]
    public async Task Group_keys_that_are_equal_numbers_of_different_types_share_a_group()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, k: 1}, {_id: 2, k: 1.0}, {_id: 3, k: NumberLong(1)}, {_id: 4, k: NumberDecimal('1.00')}, {_id: 5, k: 0.5}, {_id: 6, k: NumberDecimal('0.50')}, " +
            "{_id: 7, k: {a: NumberLong(2)}}, {_id: 8, k: {a: 2.0}}, {_id: 9, k: -0.0}, {_id: 10, k: 0}, {_id: 11, k: NumberLong('4611686018427387904')}, {_id: 12, k: 4611686018427387904.0}]");
        Aggregate.Same(
            "[{_id: 1, n: [1, 2, 3, 4]}, {_id: 0.5, n: [5, 6]}, {_id: {a: NumberLong(2)}, n: [7, 8]}, {_id: -0.0, n: [9, 10]}, {_id: NumberLong('4611686018427387904'), n: [11, 12]}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: '$k', n: {$push: '$_id'}}}]"));
    }

    [Fact]
    public async Task Sum_of_decimals_is_exact_with_signs_and_scales()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, v: NumberDecimal('0.10')}, {_id: 2, v: NumberDecimal('-1.255')}, {_id: 3, v: NumberDecimal('3')}, {_id: 4, v: NumberDecimal('1E+2')}, {_id: 5, v: NumberDecimal('-0.00')}]");
        Aggregate.Same("[{_id: null, s: NumberDecimal('101.845')}]", await Aggregate.RunAsync(collection, "[{$group: {_id: null, s: {$sum: '$v'}}}]"));
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
