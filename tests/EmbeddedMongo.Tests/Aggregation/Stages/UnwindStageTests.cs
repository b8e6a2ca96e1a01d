using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class UnwindStageTests(MongoTarget target)
{
    // The manual's inventory2 collection.
    private const string Inventory =
        "[{_id: 1, item: 'ABC', price: NumberDecimal('80'), sizes: ['S', 'M', 'L']}, {_id: 2, item: 'EFG', price: NumberDecimal('120'), sizes: []}, " +
        "{_id: 3, item: 'IJK', price: NumberDecimal('160'), sizes: 'M'}, {_id: 4, item: 'LMN', price: NumberDecimal('10')}, {_id: 5, item: 'XYZ', price: NumberDecimal('5.75'), sizes: null}]";

    [Fact]
    public async Task Unwind_outputs_one_document_per_element_and_treats_a_scalar_as_one_element()
    {
        var collection = await Aggregate.SeedAsync(target, Inventory);
        var result = await Aggregate.RunAsync(collection, "[{$unwind: '$sizes'}, {$project: {sizes: 1}}]");
        Aggregate.Same("[{_id: 1, sizes: 'S'}, {_id: 1, sizes: 'M'}, {_id: 1, sizes: 'L'}, {_id: 3, sizes: 'M'}]", result);
    }

    [Fact]
    public async Task Unwind_preserving_null_and_empty_arrays_keeps_those_documents()
    {
        var collection = await Aggregate.SeedAsync(target, Inventory);
        var result = await Aggregate.RunAsync(collection, "[{$unwind: {path: '$sizes', preserveNullAndEmptyArrays: true}}, {$project: {sizes: 1}}]");
        Aggregate.Same("[{_id: 1, sizes: 'S'}, {_id: 1, sizes: 'M'}, {_id: 1, sizes: 'L'}, {_id: 2}, {_id: 3, sizes: 'M'}, {_id: 4}, {_id: 5, sizes: null}]", result);
    }

    [Fact]
    public async Task Unwind_with_includeArrayIndex_numbers_the_elements()
    {
        var collection = await Aggregate.SeedAsync(target, Inventory);
        var result = await Aggregate.RunAsync(collection, "[{$unwind: {path: '$sizes', includeArrayIndex: 'arrayIndex'}}, {$project: {sizes: 1, arrayIndex: 1}}]");
        Aggregate.Same(
            "[{_id: 1, sizes: 'S', arrayIndex: NumberLong(0)}, {_id: 1, sizes: 'M', arrayIndex: NumberLong(1)}, {_id: 1, sizes: 'L', arrayIndex: NumberLong(2)}, {_id: 3, sizes: 'M', arrayIndex: null}]",
            result);
    }

    [Fact]
    public async Task Unwind_preserving_with_index_gives_null_index_to_kept_documents()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 2, sizes: []}, {_id: 4}, {_id: 5, sizes: null}]");
        var result = await Aggregate.RunAsync(collection,
            "[{$unwind: {path: '$sizes', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true}}, {$project: {sizes: 1, i: 1}}]");
        Aggregate.Same("[{_id: 2, i: null}, {_id: 4, i: null}, {_id: 5, sizes: null, i: null}]", result);
    }

    [Fact]
    public async Task Unwind_of_an_embedded_array_copies_only_the_path()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: {b: [1, 2], c: 'x'}}]");
        var result = await Aggregate.RunAsync(collection, "[{$unwind: '$a.b'}]");
        Aggregate.Same("[{_id: 1, a: {b: 1, c: 'x'}}, {_id: 1, a: {b: 2, c: 'x'}}]", result);
        Aggregate.Same("[{_id: 1, a: {b: [1, 2], c: 'x'}}]", await Aggregate.RunAsync(collection, "[]"));
    }

    [Theory]
    [InlineData("[{$unwind: 1}]", 15981)]
    [InlineData("[{$unwind: 'sizes'}]", 28818)]
    [InlineData("[{$unwind: {}}]", 28812)]
    [InlineData("[{$unwind: {path: 1}}]", 28808)]
    [InlineData("[{$unwind: {path: '$a', preserveNullAndEmptyArrays: 1}}]", 28809)]
    [InlineData("[{$unwind: {path: '$a', includeArrayIndex: ''}}]", 28810)]
    [InlineData("[{$unwind: {path: '$a', includeArrayIndex: '$i'}}]", 28822)]
    [InlineData("[{$unwind: {path: '$a', foo: 1}}]", 28811)]
    public async Task Bad_unwind_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
