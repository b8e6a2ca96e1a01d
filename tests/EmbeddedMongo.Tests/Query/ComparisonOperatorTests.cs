using EmbeddedMongo.Tests.Infrastructure;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ComparisonOperatorTests(MongoTarget target)
{
    private static readonly string[] Values =
    [
        "{_id: 1, v: 1}",
        "{_id: 2, v: NumberLong(2)}",
        "{_id: 3, v: 2.5}",
        "{_id: 4, v: NumberDecimal('3')}",
        "{_id: 5, v: '1'}",
        "{_id: 6, v: null}",
        "{_id: 7}",
        "{_id: 8, v: [1, 5]}",
        "{_id: 9, v: {x: 1}}",
        "{_id: 10, v: true}",
        "{_id: 11, v: NaN}",
        "{_id: 12, v: MinKey}",
        "{_id: 13, v: MaxKey}",
    ];

    [Theory]
    [InlineData("{v: 1}", "1,8")]
    [InlineData("{v: 1.0}", "1,8")]
    [InlineData("{v: NumberDecimal('2')}", "2")]
    [InlineData("{v: {$eq: 3}}", "4")]
    [InlineData("{v: '1'}", "5")]
    [InlineData("{v: {$gt: 1}}", "2,3,4,8")]
    [InlineData("{v: {$gte: 2.5}}", "3,4,8")]
    [InlineData("{v: {$lt: 2}}", "1,8")]
    [InlineData("{v: {$lte: 2}}", "1,2,8")]
    [InlineData("{v: {$gt: '0'}}", "5")]
    [InlineData("{v: {$gt: 1, $lt: 5}}", "2,3,4,8")]
    [InlineData("{v: {$ne: 1}}", "2,3,4,5,6,7,9,10,11,12,13")]
    [InlineData("{v: {$in: [1, '1']}}", "1,5,8")]
    [InlineData("{v: {$in: [null]}}", "6,7")]
    [InlineData("{v: {$nin: [1, 2, 3]}}", "3,5,6,7,9,10,11,12,13")]
    [InlineData("{v: {$in: [/^1/]}}", "5")]
    [InlineData("{v: null}", "6,7")]
    [InlineData("{v: {$ne: null}}", "1,2,3,4,5,8,9,10,11,12,13")]
    [InlineData("{v: {$gte: null}}", "6,7")]
    [InlineData("{v: {$gt: null}}", "")]
    [InlineData("{v: {x: 1}}", "9")]
    [InlineData("{v: {$gt: {}}}", "9")]
    [InlineData("{v: [1, 5]}", "8")]
    [InlineData("{v: {$eq: [1, 5]}}", "8")]
    [InlineData("{v: [5, 1]}", "")]
    [InlineData("{v: NaN}", "11")]
    [InlineData("{v: {$gt: NaN}}", "")]
    [InlineData("{v: {$gte: NaN}}", "11")]
    [InlineData("{v: {$lt: 100}}", "1,2,3,4,8")]
    [InlineData("{v: {$gt: MinKey}}", "1,2,3,4,5,6,8,9,10,11,13")]
    [InlineData("{v: {$lt: MaxKey}}", "1,2,3,4,5,6,7,8,9,10,11,12")]
    [InlineData("{v: true}", "10")]
    public async Task Comparison_operators_bracket_types_and_compare_numbers_by_value(string filter, string expected)
    {
        var collection = await SeedAsync(target, Values);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{a: {$in: 1}}", 2, "$in needs an array")]
    [InlineData("{a: {$nin: {}}}", 2, "$nin needs an array")]
    [InlineData("{a: {$foo: 1}}", 2, "unknown operator: $foo")]
    [InlineData("{$foo: 1}", 2, "unknown top level operator: $foo")]
    [InlineData("{a: {$in: [{$gt: 1}]}}", 2, "cannot nest $ under $in")]
    [InlineData("{a: {$ne: /x/}}", 2, "Can't have regex as arg to $ne.")]
    public async Task Bad_comparison_arguments_fail_like_MongoDB(string filter, int code, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, filter);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }
}
