using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

[Collection(MongoCollectionDefinition.Name)]
public sealed class PercentileAccumulatorTests(MongoTarget target)
{
    // The manual's testScores collection.
    private const string TestScores =
        "[{studentId: '2345', test01: 62, test02: 81, test03: 80}, {studentId: '2356', test01: 60, test02: 83, test03: 79}," +
        " {studentId: '2358', test01: 67, test02: 82, test03: 78}, {studentId: '2367', test01: 64, test02: 72, test03: 77}," +
        " {studentId: '2369', test01: 60, test02: 53, test03: 72}]";

    [Fact]
    public async Task Percentile_and_median_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, TestScores);
        var result = await Aggregate.RunAsync(collection,
            "[{$group: {_id: null, test01_percentiles: {$percentile: {input: '$test01', p: [0.5, 0.75, 0.9, 0.95], method: 'approximate'}}," +
            " test01_median: {$median: {input: '$test01', method: 'approximate'}}}}]");
        Aggregate.Same("[{_id: null, test01_percentiles: [62.0, 64.0, 67.0, 67.0], test01_median: 62.0}]", result);
    }

    [Fact]
    public async Task Percentile_ignores_non_numbers_and_is_null_without_any()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 'x'}, {}, {v: 3}, {v: 1}]");
        Aggregate.Same("[{_id: null, p: [1.0, 3.0], m: null}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: null, p: {$percentile: {input: '$v', p: [0, 1], method: 'approximate'}}, m: {$median: {input: '$w', method: 'approximate'}}}}]"));
    }

    [Theory]
    [InlineData("{$percentile: {input: '$v', p: [1.5], method: 'approximate'}}", 7750301)]
    [InlineData("{$percentile: {input: '$v', method: 'approximate'}}", 40414)]
    [InlineData("{$median: {input: '$v'}}", 40414)]
    [InlineData("{$median: {input: '$v', method: 'approximate', p: [0.5]}}", 40415)]
    public async Task Bad_percentile_fails_with_the_server_code(string accumulator, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, "[{$group: {_id: null, r: " + accumulator + "}}]")).Code);
    }
}
