using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>$inc, $mul, $min, $max and $bit: the manual's examples and the numeric type rules.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ArithmeticOperatorTests(MongoTarget target)
{
    [Theory]
    [InlineData("{ _id: 1, sku: 'abc123', quantity: 10, metrics: { orders: 2, ratings: 3.5 } }", "{ $inc: { quantity: -2, 'metrics.orders': 1 } }",
        "{ _id: 1, sku: 'abc123', quantity: 8, metrics: { orders: 3, ratings: 3.5 } }")]
    [InlineData("{ _id: 1 }", "{ $inc: { n: NumberLong(5) } }", "{ _id: 1, n: NumberLong(5) }")]
    [InlineData("{ _id: 1, n: 2147483647 }", "{ $inc: { n: 1 } }", "{ _id: 1, n: NumberLong('2147483648') }")]
    [InlineData("{ _id: 1, n: 1 }", "{ $inc: { n: 0.5 } }", "{ _id: 1, n: 1.5 }")]
    [InlineData("{ _id: 1, n: NumberDecimal('10.25') }", "{ $inc: { n: 1 } }", "{ _id: 1, n: NumberDecimal('11.25') }")]
    [InlineData("{ _id: 1, n: 5 }", "{ $inc: { n: NumberDecimal('0.10') } }", "{ _id: 1, n: NumberDecimal('5.10') }")]
    public async Task Inc_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Theory]
    [InlineData("{ _id: 1, item: 'Hats', price: NumberDecimal('10.99'), quantity: 25 }", "{ $mul: { price: NumberDecimal('1.25'), quantity: 2 } }",
        "{ _id: 1, item: 'Hats', price: NumberDecimal('13.7375'), quantity: 50 }")]
    [InlineData("{ _id: 2, item: 'Unknown' }", "{ $mul: { price: NumberDecimal('100') } }", "{ _id: 2, item: 'Unknown', price: NumberDecimal('0') }")]
    [InlineData("{ _id: 3, item: 'Scarf', price: NumberLong(10) }", "{ $mul: { price: 5 } }", "{ _id: 3, item: 'Scarf', price: NumberLong(50) }")]
    [InlineData("{ _id: 1, n: 65536 }", "{ $mul: { n: 65536 } }", "{ _id: 1, n: NumberLong('4294967296') }")]
    public async Task Mul_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Theory]
    [InlineData("{ _id: 1, highScore: 800, lowScore: 200 }", "{ $min: { lowScore: 150 } }", "{ _id: 1, highScore: 800, lowScore: 150 }", 1)]
    [InlineData("{ _id: 1, highScore: 800, lowScore: 150 }", "{ $min: { lowScore: 250 } }", "{ _id: 1, highScore: 800, lowScore: 150 }", 0)]
    [InlineData("{ _id: 1, highScore: 800, lowScore: 200 }", "{ $max: { highScore: 950 } }", "{ _id: 1, highScore: 950, lowScore: 200 }", 1)]
    [InlineData("{ _id: 1, highScore: 950, lowScore: 200 }", "{ $max: { highScore: 870 } }", "{ _id: 1, highScore: 950, lowScore: 200 }", 0)]
    [InlineData("{ _id: 1, v: 5 }", "{ $max: { v: 'text' } }", "{ _id: 1, v: 'text' }", 1)]
    [InlineData("{ _id: 1 }", "{ $min: { v: 3 } }", "{ _id: 1, v: 3 }", 1)]
    public async Task Min_and_max_examples(string before, string update, string expected, long modified)
    {
        var (after, result) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
        Assert.Equal(modified, result.ModifiedCount);
    }

    [Theory]
    [InlineData("{ _id: 1, expdata: 13 }", "{ $bit: { expdata: { and: 10 } } }", "{ _id: 1, expdata: 8 }")]
    [InlineData("{ _id: 2, expdata: NumberLong(3) }", "{ $bit: { expdata: { or: 5 } } }", "{ _id: 2, expdata: NumberLong(7) }")]
    [InlineData("{ _id: 3, expdata: NumberLong(1) }", "{ $bit: { expdata: { xor: 5 } } }", "{ _id: 3, expdata: NumberLong(4) }")]
    public async Task Bit_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }
}
