using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ComparisonTests(MongoTarget target)
{
    [Theory]
    // Manual examples: qty compared with 250.
    [InlineData("{qty: 300}", "{$cmp: ['$qty', 250]}", "1")]
    [InlineData("{qty: 250}", "{$cmp: ['$qty', 250]}", "0")]
    [InlineData("{qty: 200}", "{$cmp: ['$qty', 250]}", "-1")]
    [InlineData("{qty: 250}", "{$eq: ['$qty', 250]}", "true")]
    [InlineData("{qty: 300}", "{$ne: ['$qty', 250]}", "true")]
    [InlineData("{qty: 300}", "{$gt: ['$qty', 250]}", "true")]
    [InlineData("{qty: 250}", "{$gte: ['$qty', 250]}", "true")]
    [InlineData("{qty: 200}", "{$lt: ['$qty', 250]}", "true")]
    [InlineData("{qty: 250}", "{$lte: ['$qty', 250]}", "true")]
    // Numbers compare by value across types.
    [InlineData("{}", "{$eq: [1, 1.0]}", "true")]
    [InlineData("{}", "{$eq: [NumberLong(5), NumberDecimal('5.00')]}", "true")]
    [InlineData("{}", "{$lt: [NumberDecimal('0.1'), 0.1]}", "true")]
    // BSON order across types: null < numbers < strings < objects < arrays < ... < dates.
    [InlineData("{}", "{$lt: [null, 0]}", "true")]
    [InlineData("{}", "{$lt: [100, 'a']}", "true")]
    [InlineData("{}", "{$gt: [{a: 1}, 'zzz']}", "true")]
    [InlineData("{}", "{$gt: [[1], {a: 1}]}", "true")]
    [InlineData("{}", "{$gt: [ISODate('2000-01-01T00:00:00Z'), true]}", "true")]
    [InlineData("{}", "{$cmp: ['a', 'b']}", "-1")]
    [InlineData("{}", "{$eq: [[1, 2], [1, 2]]}", "true")]
    [InlineData("{}", "{$eq: [{a: 1, b: 2}, {b: 2, a: 1}]}", "false")]
    // Missing ranks below null in expressions.
    [InlineData("{}", "{$eq: ['$missing', null]}", "false")]
    [InlineData("{}", "{$lt: ['$missing', null]}", "true")]
    [InlineData("{}", "{$eq: ['$missing', '$alsoMissing']}", "true")]
    public Task Comparison_operator_returns_documented_value(string document, string expression, string expected)
        => ExpressionHarness.CheckAsync(target, document, expression, expected);

    [Theory]
    [InlineData("{$eq: [1]}", 16020, "Expression $eq takes exactly 2 arguments. 1 were passed in.")]
    [InlineData("{$cmp: [1, 2, 3]}", 16020, "Expression $cmp takes exactly 2 arguments. 3 were passed in.")]
    public Task Comparison_operator_rejects_wrong_arity(string expression, int code, string message)
        => ExpressionHarness.CheckErrorAsync(target, "{}", expression, code, message);
}
