using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class BooleanTests(MongoTarget target)
{
    [Theory]
    // Manual example: qty > 100 and qty < 250.
    [InlineData("{qty: 200}", "{$and: [{$gt: ['$qty', 100]}, {$lt: ['$qty', 250]}]}", "true")]
    [InlineData("{qty: 300}", "{$and: [{$gt: ['$qty', 100]}, {$lt: ['$qty', 250]}]}", "false")]
    [InlineData("{qty: 300}", "{$or: [{$gt: ['$qty', 250]}, {$lt: ['$qty', 200]}]}", "true")]
    [InlineData("{qty: 300}", "{$not: [{$gt: ['$qty', 250]}]}", "false")]
    // Truthiness: false, null, missing, undefined and zeros are false; everything else is true.
    [InlineData("{}", "{$and: [1, 'green']}", "true")]
    [InlineData("{}", "{$and: []}", "true")]
    [InlineData("{}", "{$or: []}", "false")]
    [InlineData("{}", "{$and: [null, true]}", "false")]
    [InlineData("{}", "{$and: [0, true]}", "false")]
    [InlineData("{}", "{$and: [NumberLong(0)]}", "false")]
    [InlineData("{}", "{$and: [0.0]}", "false")]
    [InlineData("{}", "{$and: [NumberDecimal('0.00')]}", "false")]
    [InlineData("{}", "{$and: ['$missing']}", "false")]
    [InlineData("{}", "{$or: [[], false]}", "true")]
    [InlineData("{}", "{$or: ['', false]}", "true")]
    [InlineData("{}", "{$not: [[false]]}", "false")]
    [InlineData("{}", "{$not: [null]}", "true")]
    [InlineData("{}", "{$not: '$missing'}", "true")]
    [InlineData("{}", "{$or: [true, {$divide: [1, 0]}]}", "true")]
    public Task Boolean_operator_returns_documented_value(string document, string expression, string expected)
        => ExpressionHarness.CheckAsync(target, document, expression, expected);

    [Fact]
    public Task Not_takes_exactly_one_argument()
        => ExpressionHarness.CheckErrorAsync(target, "{}", "{$not: [1, 2]}", 16020, "Expression $not takes exactly 1 arguments. 2 were passed in.");
}
