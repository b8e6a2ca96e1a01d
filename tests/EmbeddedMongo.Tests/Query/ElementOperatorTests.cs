using EmbeddedMongo.Tests.Infrastructure;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ElementOperatorTests(MongoTarget target)
{
    private static readonly string[] Documents =
    [
        "{_id: 1, v: 1}",
        "{_id: 2, v: NumberLong(1)}",
        "{_id: 3, v: 1.5}",
        "{_id: 4, v: NumberDecimal('1')}",
        "{_id: 5, v: 'x'}",
        "{_id: 6, v: null}",
        "{_id: 7}",
        "{_id: 8, v: ['x', 2]}",
        "{_id: 9, v: {a: 1}}",
        "{_id: 10, v: ISODate('2024-01-01T00:00:00Z')}",
        "{_id: 11, v: []}",
    ];

    [Theory]
    [InlineData("{v: {$exists: true}}", "1,2,3,4,5,6,8,9,10,11")]
    [InlineData("{v: {$exists: false}}", "7")]
    [InlineData("{v: {$exists: 0}}", "7")]
    [InlineData("{v: {$type: 'int'}}", "1,8")]
    [InlineData("{v: {$type: 16}}", "1,8")]
    [InlineData("{v: {$type: 'long'}}", "2")]
    [InlineData("{v: {$type: 'double'}}", "3")]
    [InlineData("{v: {$type: 'decimal'}}", "4")]
    [InlineData("{v: {$type: 'number'}}", "1,2,3,4,8")]
    [InlineData("{v: {$type: 'string'}}", "5,8")]
    [InlineData("{v: {$type: ['string', 'null']}}", "5,6,8")]
    [InlineData("{v: {$type: 'array'}}", "8,11")]
    [InlineData("{v: {$type: 'object'}}", "9")]
    [InlineData("{v: {$type: 'date'}}", "10")]
    [InlineData("{v: {$type: 9}}", "10")]
    public async Task Exists_and_type_test_fields(string filter, string expected)
    {
        var collection = await SeedAsync(target, Documents);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{v: {$type: 'integer'}}", 2, "Unknown type name alias: integer")]
    [InlineData("{v: {$type: 99}}", 2, "Invalid numerical type code: 99")]
    [InlineData("{v: {$type: true}}", 14, "type must be represented as a number or a string")]
    public async Task Bad_type_arguments_fail_like_MongoDB(string filter, int code, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, filter);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }
}
