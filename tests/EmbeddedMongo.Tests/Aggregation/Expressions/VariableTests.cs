using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class VariableTests(MongoTarget target)
{
    [Theory]
    // Field paths, including paths through arrays of documents.
    [InlineData("{a: {b: {c: 5}}}", "'$a.b.c'", "5")]
    [InlineData("{a: {b: 1}}", "'$a.x'", ExpressionHarness.Missing)]
    [InlineData("{a: [{b: 1}, {b: 2}, {c: 3}, 7]}", "'$a.b'", "[1, 2]")]
    [InlineData("{a: [{b: [{c: 1}, {c: 2}]}, {b: {c: 3}}]}", "'$a.b.c'", "[[1, 2], 3]")]
    [InlineData("{a: [[{b: 1}], {b: 2}]}", "'$a.b'", "[[1], 2]")]
    [InlineData("{a: [1, 2]}", "'$a'", "[1, 2]")]
    [InlineData("{a: {'0': 'zero'}}", "'$a.0'", "'zero'")]
    [InlineData("{a: ['x', 'y']}", "'$a.0'", "[]")]
    [InlineData("{a: 1}", "'$$CURRENT.a'", "1")]
    [InlineData("{a: {b: 2}}", "'$$ROOT.a.b'", "2")]
    [InlineData("{a: 1}", "'$$REMOVE'", ExpressionHarness.Missing)]
    [InlineData("{}", "{$type: '$$NOW'}", "'date'")]
    [InlineData("{}", "{$type: '$$CLUSTER_TIME'}", "'timestamp'")]
    // Object and array literals of expressions: missing fields are left out, missing elements become null.
    [InlineData("{a: 1}", "{x: '$a', y: '$missing', z: {w: {$add: ['$a', 1]}}}", "{x: 1, z: {w: 2}}")]
    [InlineData("{a: 1}", "['$a', '$missing', {$literal: '$a'}]", "[1, null, '$a']")]
    [InlineData("{}", "{$literal: {$add: [1, 2]}}", "{$add: [1, 2]}")]
    [InlineData("{}", "{$literal: 1}", "1")]
    // $let: manual example (total with tax), nesting and shadowing.
    [InlineData("{price: 10, tax: 0.5, applyDiscount: true}", "{$let: {vars: {total: {$add: ['$price', '$tax']}, discounted: {$cond: {if: '$applyDiscount', then: 0.9, else: 1}}}, in: {$multiply: ['$$total', '$$discounted']}}}", "9.450000000000001")]
    [InlineData("{}", "{$let: {vars: {x: 1}, in: {$let: {vars: {x: 2, y: '$$x'}, in: [ '$$x', '$$y' ]}}}}", "[2, 1]")]
    [InlineData("{}", "{$let: {vars: {d: {a: {b: 3}}}, in: '$$d.a.b'}}", "3")]
    [InlineData("{}", "{$let: {vars: {m: '$missing'}, in: '$$m'}}", ExpressionHarness.Missing)]
    public Task Expression_resolves_documented_value(string document, string expression, string expected)
        => ExpressionHarness.CheckAsync(target, document, expression, expected);

    [Theory]
    [InlineData("'$$undefinedVar'", 17276, "Use of undefined variable: undefinedVar")]
    [InlineData("{$let: {vars: {x: 1}, in: '$$y'}}", 17276, "Use of undefined variable: y")]
    [InlineData("{$let: {vars: {x: 1}}}", 16877, "Missing 'in' parameter to $let")]
    [InlineData("{$let: {in: 1}}", 16876, "Missing 'vars' parameter to $let")]
    [InlineData("{$let: {vars: {X: 1}, in: 1}}", 16867, null)]
    [InlineData("{$let: {vars: {Total: 1}, in: '$$Total'}}", 16867, "'Total' starts with an invalid character for a user variable name")]
    [InlineData("{$add: [1, 2], $multiply: [3]}", 15983, null)]
    [InlineData("{$unknownOperator: 1}", 168, "Unrecognized expression '$unknownOperator'")]
    public Task Expression_rejects_bad_input_with_server_error(string expression, int code, string? message)
        => ExpressionHarness.CheckErrorAsync(target, "{}", expression, code, message);
}
