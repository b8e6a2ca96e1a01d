using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ArithmeticAccumulatorTests(MongoTarget target)
{
    // Each case groups three input documents and accumulates a constant expression over them.
    [Theory]
    [InlineData("{$sum: 1}", "3")]
    [InlineData("{$sum: 2147483647}", "NumberLong(6442450941)")]
    [InlineData("{$sum: NumberLong(5)}", "NumberLong(15)")]
    [InlineData("{$sum: NumberLong('9223372036854775807')}", "2.7670116110564327E19")]
    [InlineData("{$sum: 1.5}", "4.5")]
    [InlineData("{$sum: NumberDecimal('0.1')}", "NumberDecimal('0.3')")]
    [InlineData("{$sum: 'text'}", "0")]
    [InlineData("{$sum: null}", "0")]
    [InlineData("{$avg: 2}", "2.0")]
    [InlineData("{$avg: NumberDecimal('1.5')}", "NumberDecimal('1.5')")]
    [InlineData("{$avg: 'text'}", "null")]
    public async Task Sum_and_avg_follow_the_numeric_type_rules(string accumulator, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}, {_id: 3}]");
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: null, r: " + accumulator + "}}]");
        Aggregate.Same("[{_id: null, r: " + expected + "}]", result);
    }

    [Fact]
    public async Task Group_sums_decimal_without_loss()
    {
        var collection = await Aggregate.SeedAsync(target, System.Linq.Enumerable.Range(0, 1000).Select(i => new MongoDB.Bson.BsonDocument("_id", i)).ToArray());
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: null, r: {$sum: NumberDecimal('0.01')}}}]");
        Aggregate.Same("[{_id: null, r: NumberDecimal('10.00')}]", result);
    }
}
