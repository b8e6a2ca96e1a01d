using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

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

    [Theory]
    [InlineData("[{a: 2, b: NumberDecimal('19.99')}, {a: 3, b: NumberDecimal('0.10')}]", "{$multiply: ['$a', '$b']}")]
    [InlineData("[{a: NumberLong(4), b: NumberDecimal('1.5E+3')}, {a: -1, b: NumberDecimal('-0.001')}]", "{$multiply: ['$a', '$b']}")]
    [InlineData("[{a: NumberDecimal('2.5'), b: 3}, {a: 2, b: NumberDecimal('2.50')}]", "{$multiply: ['$a', '$b']}")]
    [InlineData("[{a: 2, b: 1.5}, {a: 2, b: NumberDecimal('1')}, {a: 2}, {a: null, b: NumberDecimal('3')}]", "{$multiply: ['$a', '$b']}")]
    [InlineData("[{a: 2147483647, b: 2147483647}, {a: 1, b: NumberDecimal('1')}]", "{$multiply: ['$a', '$b']}")]
    [InlineData("[{a: 2, b: NumberDecimal('3'), c: 4}, {a: 1, b: NumberDecimal('1'), c: NumberDecimal('0.5')}]", "{$multiply: ['$a', '$b', '$c']}")]
    [InlineData("[{a: 3, b: NumberDecimal('9999999999999999999999999999999999')}, {a: 1, b: NumberDecimal('0.1')}]", "{$multiply: ['$a', '$b']}")]
    public async Task Sum_and_avg_of_a_product_equal_those_of_the_computed_product(string documents, string product)
    {
        // $sum/$avg of $multiply (summed directly for a whole number times a decimal) against the same over a computed field.
        var collection = await Aggregate.SeedAsync(target, documents);
        var direct = await Aggregate.RunAsync(collection, $"[{{$group: {{_id: null, s: {{$sum: {product}}}, v: {{$avg: {product}}}}}}}]");
        var computed = await Aggregate.RunAsync(collection, $"[{{$set: {{p: {product}}}}}, {{$group: {{_id: null, s: {{$sum: '$p'}}, v: {{$avg: '$p'}}}}}}]");
        Assert.Equal(computed.Single().ToJson(), direct.Single().ToJson());
    }

    [Fact]
    public async Task Sum_of_a_product_of_a_string_fails_as_multiply_does()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: 2, b: 'x'}]");
        Assert.Equal(14, (await Aggregate.FailsAsync(collection, "[{$group: {_id: null, s: {$sum: {$multiply: ['$a', '$b']}}}}]")).Code);
    }

    [Fact]
    public async Task Group_sums_decimal_without_loss()
    {
        var collection = await Aggregate.SeedAsync(target, System.Linq.Enumerable.Range(0, 1000).Select(i => new MongoDB.Bson.BsonDocument("_id", i)).ToArray());
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: null, r: {$sum: NumberDecimal('0.01')}}}]");
        Aggregate.Same("[{_id: null, r: NumberDecimal('10.00')}]", result);
    }
}

[Collection(MongoCollectionDefinition.Name)]
public sealed class ArithmeticAccumulatorManualTests(MongoTarget target)
{
    [Fact]
    public async Task Sum_totals_per_day_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.Sales);
        var result = await Aggregate.RunAsync(collection,
            "[{$group: {_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, totalAmount: {$sum: {$multiply: ['$price', '$quantity']}}, count: {$sum: 1}}}, {$sort: {'_id.day': -1}}]");
        Aggregate.Same(
            "[{_id: {day: 46, year: 2014}, totalAmount: 150, count: 2}, {_id: {day: 34, year: 2014}, totalAmount: 45, count: 2}, {_id: {day: 1, year: 2014}, totalAmount: 20, count: 1}]",
            result);
    }

    [Fact]
    public async Task Avg_per_item_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.Sales);
        var result = await Aggregate.RunAsync(collection,
            "[{$group: {_id: '$item', avgAmount: {$avg: {$multiply: ['$price', '$quantity']}}, avgQuantity: {$avg: '$quantity'}}}, {$sort: {_id: -1}}]");
        Aggregate.Same("[{_id: 'xyz', avgAmount: 37.5, avgQuantity: 7.5}, {_id: 'jkl', avgAmount: 20.0, avgQuantity: 1.0}, {_id: 'abc', avgAmount: 60.0, avgQuantity: 6.0}]", result);
    }

    [Fact]
    public async Task StdDev_population_and_sample_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, name: 'dave123', quiz: 1, score: 85}, {_id: 2, name: 'dave2', quiz: 1, score: 90}, {_id: 3, name: 'ahn', quiz: 1, score: 71}," +
            " {_id: 4, name: 'li', quiz: 2, score: 96}, {_id: 5, name: 'annT', quiz: 2, score: 77}, {_id: 6, name: 'ty', quiz: 2, score: 82}]");
        var result = await Aggregate.RunAsync(collection,
            "[{$group: {_id: '$quiz', pop: {$stdDevPop: '$score'}, samp: {$stdDevSamp: '$score'}, one: {$stdDevSamp: {$cond: [{$eq: ['$_id', 1]}, 5, null]}}}}, {$sort: {_id: 1}}]");
        Assert.Equal(8.04155872120988, result[0]["pop"].AsDouble, 10);
        Assert.Equal(8.04155872120988, result[1]["pop"].AsDouble, 10);
        Assert.Equal(Math.Sqrt(97), result[0]["samp"].AsDouble, 10);
        Assert.Equal(BsonNull.Value, result[0]["one"]);
    }

    [Fact]
    public async Task Sum_of_field_values_ignores_non_numbers_and_promotes_types()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 1}, {v: 'x'}, {v: NumberLong(2)}, {}, {v: null}, {v: 2147483647}]");
        Aggregate.Same("[{_id: null, s: NumberLong(2147483650), a: 715827883.33333337, c: 6}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: null, s: {$sum: '$v'}, a: {$avg: '$v'}, c: {$sum: 1}}}]"));
    }
}
