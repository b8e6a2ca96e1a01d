using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SetAndObjectTests(MongoTarget target)
{
    [Theory]
    [InlineData("{a: ['red', 'blue'], b: ['red', 'blue', 'green']}", "{$setEquals: ['$a', '$b']}", "false")]
    [InlineData("{a: ['red', 'blue', 'red'], b: ['blue', 'red']}", "{$setEquals: ['$a', '$b']}", "true")]
    [InlineData("{}", "{$setEquals: [[1], [1.0], [NumberLong(1)]]}", "true")]
    [InlineData("{a: ['red', 'blue'], b: ['red', 'blue', 'green']}", "{$setIntersection: ['$a', '$b']}", "['blue', 'red']")]
    [InlineData("{a: ['red', 'blue']}", "{$setIntersection: ['$a', []]}", "[]")]
    [InlineData("{}", "{$setIntersection: [[1], null]}", "null")]
    [InlineData("{a: ['red', 'blue'], b: ['green', 'red']}", "{$setUnion: ['$a', '$b']}", "['blue', 'green', 'red']")]
    [InlineData("{}", "{$setUnion: [[1, 1, 2], [2, 3]]}", "[1, 2, 3]")]
    [InlineData("{}", "{$setUnion: []}", "[]")]
    [InlineData("{a: ['red', 'blue'], b: ['red', 'blue', 'green']}", "{$setDifference: ['$b', '$a']}", "['green']")]
    [InlineData("{}", "{$setDifference: [[1], null]}", "null")]
    [InlineData("{a: ['red', 'blue'], b: ['red', 'blue', 'green']}", "{$setIsSubset: ['$a', '$b']}", "true")]
    [InlineData("{}", "{$setIsSubset: [[[1]], [1]]}", "false")]
    [InlineData("{}", "{$anyElementTrue: [[true, false]]}", "true")]
    [InlineData("{}", "{$anyElementTrue: [[[false]]]}", "true")]
    [InlineData("{}", "{$anyElementTrue: [[null, false, 0]]}", "false")]
    [InlineData("{}", "{$anyElementTrue: [[]]}", "false")]
    [InlineData("{}", "{$allElementsTrue: [[true, 1, 'someString']]}", "true")]
    [InlineData("{}", "{$allElementsTrue: [[null, false, 0]]}", "false")]
    [InlineData("{}", "{$allElementsTrue: [[]]}", "true")]
    // Object operators.
    [InlineData("{a: {x: 1, y: 2}, b: {y: 3, z: 4}}", "{$mergeObjects: ['$a', '$b']}", "{x: 1, y: 3, z: 4}")]
    [InlineData("{a: {x: 1}}", "{$mergeObjects: ['$a', null, '$missing']}", "{x: 1}")]
    [InlineData("{}", "{$mergeObjects: '$missing'}", "{}")]
    [InlineData("{'price.usd': 45}", "{$getField: 'price.usd'}", "45")]
    [InlineData("{'$price': 45}", "{$getField: {$literal: '$price'}}", "45")]
    [InlineData("{d: {a: 1}}", "{$getField: {field: 'a', input: '$d'}}", "1")]
    [InlineData("{d: {a: 1}}", "{$getField: {field: 'b', input: '$d'}}", ExpressionHarness.Missing)]
    [InlineData("{d: {a: 1}}", "{$setField: {field: 'b.c', input: '$d', value: 2}}", "{a: 1, 'b.c': 2}")]
    [InlineData("{d: {a: 1, b: 2}}", "{$setField: {field: 'a', input: '$d', value: 5}}", "{a: 5, b: 2}")]
    [InlineData("{d: {a: 1, b: 2}}", "{$setField: {field: 'a', input: '$d', value: '$$REMOVE'}}", "{b: 2}")]
    [InlineData("{d: {a: 1, b: 2}}", "{$unsetField: {field: 'a', input: '$d'}}", "{b: 2}")]
    [InlineData("{}", "{$unsetField: {field: 'a', input: null}}", "null")]
    // Expression forms of the accumulators.
    [InlineData("{q: [10, 20, 30]}", "{$sum: '$q'}", "60")]
    [InlineData("{q: [10, 'a', null, 2.5]}", "{$sum: '$q'}", "12.5")]
    [InlineData("{}", "{$sum: [1, 2, NumberDecimal('0.5')]}", "NumberDecimal('3.5')")]
    [InlineData("{}", "{$sum: [2147483647, 1]}", "NumberLong(2147483648)")]
    [InlineData("{}", "{$sum: '$missing'}", "0")]
    [InlineData("{}", "{$sum: [[1, 2], 3]}", "3")]
    [InlineData("{q: [10, 20, 30]}", "{$avg: '$q'}", "20.0")]
    [InlineData("{}", "{$avg: [1, 2]}", "1.5")]
    [InlineData("{}", "{$avg: ['a', null]}", "null")]
    [InlineData("{}", "{$avg: [NumberDecimal('1'), 2]}", "NumberDecimal('1.5')")]
    [InlineData("{q: [10, 20, 30]}", "{$max: '$q'}", "30")]
    [InlineData("{}", "{$max: [1, 'a', null]}", "'a'")]
    [InlineData("{}", "{$min: [5, null, 2]}", "2")]
    [InlineData("{}", "{$min: [null, '$missing']}", "null")]
    [InlineData("{}", "{$stdDevPop: [[1, 2, 3, 4]]}", "1.118033988749895")]
    [InlineData("{}", "{$stdDevSamp: [[1, 2, 3, 4]]}", "1.2909944487358056")]
    [InlineData("{}", "{$stdDevSamp: [[1]]}", "null")]
    public Task Set_object_and_accumulator_expression_returns_documented_value(string document, string expression, string expected)
        => ExpressionHarness.CheckAsync(target, document, expression, expected);

    [Theory]
    [InlineData("{$setUnion: [[1], 'a']}", 17043, null)]
    [InlineData("{$setEquals: [[1], 1]}", 17044, null)]
    [InlineData("{$setEquals: [[1]]}", 17045, "$setEquals needs at least two arguments had: 1")]
    [InlineData("{$ifNull: [1]}", 1257300, "$ifNull needs at least two arguments, had: 1")]
    [InlineData("{$setIsSubset: [null, [1]]}", 17046, null)]
    [InlineData("{$anyElementTrue: ['a']}", 17041, "$anyElementTrue's argument must be an array, but is string")]
    [InlineData("{$mergeObjects: [1]}", 40400, null)]
    public Task Set_and_object_operator_rejects_bad_input_with_server_error(string expression, int code, string? message)
        => ExpressionHarness.CheckErrorAsync(target, "{}", expression, code, message);
}
