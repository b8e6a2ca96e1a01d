using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ConditionalTests(MongoTarget target)
{
    [Theory]
    // Manual example: discount 30 when qty >= 250, otherwise 20 (both forms).
    [InlineData("{qty: 300}", "{$cond: {if: {$gte: ['$qty', 250]}, then: 30, else: 20}}", "30")]
    [InlineData("{qty: 200}", "{$cond: [{$gte: ['$qty', 250]}, 30, 20]}", "20")]
    [InlineData("{}", "{$cond: ['$missing', 'yes', 'no']}", "'no'")]
    [InlineData("{}", "{$cond: [1, '$missing', 'no']}", ExpressionHarness.Missing)]
    // Manual example: description null -> "Unspecified"; several replacements since 5.0.
    [InlineData("{description: null}", "{$ifNull: ['$description', 'Unspecified']}", "'Unspecified'")]
    [InlineData("{description: 'product 1'}", "{$ifNull: ['$description', 'Unspecified']}", "'product 1'")]
    [InlineData("{}", "{$ifNull: ['$description', '$quantity', 'Unspecified']}", "'Unspecified'")]
    [InlineData("{quantity: 5}", "{$ifNull: ['$description', '$quantity', 'Unspecified']}", "5")]
    [InlineData("{}", "{$ifNull: ['$a', null]}", "null")]
    [InlineData("{}", "{$ifNull: ['$a', '$b']}", ExpressionHarness.Missing)]
    [InlineData("{a: false}", "{$ifNull: ['$a', 1]}", "false")]
    // Manual example: grade summary by average score.
    [InlineData("{avg: 95}", "{$switch: {branches: [{case: {$gte: ['$avg', 90]}, then: 'Doing great!'}, {case: {$and: [{$gte: ['$avg', 80]}, {$lt: ['$avg', 90]}]}, then: 'Doing pretty well.'}, {case: {$lt: ['$avg', 80]}, then: 'Needs improvement.'}], default: 'No scores found.'}}", "'Doing great!'")]
    [InlineData("{avg: 85}", "{$switch: {branches: [{case: {$gte: ['$avg', 90]}, then: 'Doing great!'}, {case: {$and: [{$gte: ['$avg', 80]}, {$lt: ['$avg', 90]}]}, then: 'Doing pretty well.'}, {case: {$lt: ['$avg', 80]}, then: 'Needs improvement.'}], default: 'No scores found.'}}", "'Doing pretty well.'")]
    [InlineData("{}", "{$switch: {branches: [{case: {$gte: ['$avg', 90]}, then: 'Doing great!'}], default: 'No scores found.'}}", "'No scores found.'")]
    public Task Conditional_operator_returns_documented_value(string document, string expression, string expected)
        => ExpressionHarness.CheckAsync(target, document, expression, expected);

    [Theory]
    [InlineData("{$switch: {branches: [{case: false, then: 1}]}}", 40066, "$switch could not find a matching branch for an input, and no default was specified.")]
    [InlineData("{$switch: {branches: []}}", 40068, null)]
    [InlineData("{$switch: 1}", 40060, null)]
    [InlineData("{$switch: {branches: [{case: true}]}}", 40065, null)]
    [InlineData("{$cond: {if: true, then: 1}}", 17082, "Missing 'else' parameter to $cond")]
    [InlineData("{$cond: {if: true, then: 1, else: 2, x: 3}}", 17083, "Unrecognized parameter to $cond: x")]
    [InlineData("{$cond: [true, 1]}", 16020, "Expression $cond takes exactly 3 arguments. 2 were passed in.")]
    public Task Conditional_operator_rejects_bad_input_with_server_error(string expression, int code, string? message)
        => ExpressionHarness.CheckErrorAsync(target, "{}", expression, code, message);
}
