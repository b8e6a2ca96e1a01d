using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SelectionAccumulatorTests(MongoTarget target)
{
    // Each case groups two input documents and accumulates a constant expression over them.
    [Theory]
    [InlineData("{$min: 5}", "5")]
    [InlineData("{$max: 'a'}", "'a'")]
    [InlineData("{$min: null}", "null")]
    [InlineData("{$first: 7}", "7")]
    [InlineData("{$last: 7}", "7")]
    [InlineData("{$first: null}", "null")]
    [InlineData("{$push: 1}", "[1, 1]")]
    [InlineData("{$push: {a: 'x'}}", "[{a: 'x'}, {a: 'x'}]")]
    [InlineData("{$addToSet: 1}", "[1]")]
    [InlineData("{$count: {}}", "2")]
    public async Task Accumulators_over_constant_values(string accumulator, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: null, r: " + accumulator + "}}]");
        Aggregate.Same("[{_id: null, r: " + expected + "}]", result);
    }
}
