using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class JsonSchemaTests(MongoTarget target)
{
    private static readonly string[] Documents =
    [
        "{_id: 1, name: 'Alice', year: 2019, gpa: 3.5, tags: ['a', 'b']}",
        "{_id: 2, name: 'Bob', year: NumberLong(2016), gpa: 3}",
        "{_id: 3, name: 42, year: 2020}",
        "{_id: 4, year: 2021, extra: true, tags: ['a', 'a']}",
        "{_id: 5, name: 'Carol', year: 2018, address: {city: 'Oslo'}, tags: []}",
    ];

    [Theory]
    [InlineData("{required: ['name']}", "1,2,3,5")]
    [InlineData("{required: ['name', 'gpa']}", "1,2")]
    [InlineData("{properties: {name: {bsonType: 'string'}}}", "1,2,4,5")]
    [InlineData("{properties: {name: {type: 'string'}}}", "1,2,4,5")]
    [InlineData("{properties: {year: {bsonType: 'int'}}}", "1,3,4,5")]
    [InlineData("{properties: {year: {bsonType: 'number', minimum: 2018}}}", "1,3,4,5")]
    [InlineData("{properties: {year: {minimum: 2018, exclusiveMinimum: true}}}", "1,3,4")]
    [InlineData("{properties: {year: {maximum: 2019}}}", "1,2,5")]
    [InlineData("{properties: {gpa: {bsonType: ['double']}}}", "1,3,4,5")]
    [InlineData("{properties: {name: {enum: ['Alice', 'Bob']}}}", "1,2,4")]
    [InlineData("{properties: {name: {minLength: 4, pattern: '^[A-Z]'}}}", "1,3,4,5")]
    [InlineData("{properties: {name: {maxLength: 3}}}", "2,3,4")]
    [InlineData("{properties: {tags: {bsonType: 'array', minItems: 1, uniqueItems: true, items: {bsonType: 'string'}}}}", "1,2,3")]
    [InlineData("{properties: {address: {bsonType: 'object', required: ['city'], properties: {city: {bsonType: 'string'}}}}}", "1,2,3,4,5")]
    [InlineData("{properties: {_id: {}, name: {}, year: {}}, additionalProperties: false}", "3")]
    [InlineData("{patternProperties: {'^y': {bsonType: 'int'}}}", "1,3,4,5")]
    [InlineData("{anyOf: [{required: ['gpa']}, {required: ['address']}]}", "1,2,5")]
    [InlineData("{oneOf: [{required: ['gpa']}, {properties: {year: {bsonType: 'long'}}}]}", "1")]
    [InlineData("{not: {required: ['name']}}", "4")]
    [InlineData("{allOf: [{required: ['name']}, {required: ['tags']}], title: 't', description: 'd'}", "1,5")]
    [InlineData("{bsonType: 'object', properties: {tags: {items: [{enum: ['a']}], additionalItems: false}}}", "2,3,5")]
    public async Task JsonSchema_keywords_select_documents(string schema, string expected)
    {
        var collection = await SeedAsync(target, Documents);
        Assert.Equal(Ids(expected), await IdsAsync(collection, "{$jsonSchema: " + schema + "}"));
    }

    [Theory]
    [InlineData("{foo: 1}", 9)]
    [InlineData("{type: 'integer'}", 9)]
    [InlineData("{bsonType: 'int', type: 'number'}", 9)]
    [InlineData("{bsonType: 'nope'}", 2)]
    [InlineData("{minimum: 'x'}", 14)]
    public async Task Bad_schemas_fail_to_parse(string schema, int code)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, "{$jsonSchema: " + schema + "}");
        Assert.Equal(code, error.Code);
    }
}
