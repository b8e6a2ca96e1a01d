using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>Every BSON type survives insert and find unchanged (the server parses documents itself).</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class BsonRoundTripTests(MongoTarget target)
{
    public static TheoryData<string, BsonValue> Values => new()
    {
        { "double", 1.5 },
        { "negative zero", -0.0 },
        { "nan", double.NaN },
        { "string", "héllo wörld ✓" },
        { "empty string", string.Empty },
        { "document", new BsonDocument { { "a", 1 }, { "b", new BsonDocument("c", "d") } } },
        { "array", new BsonArray { 1, "two", new BsonArray { 3.0 }, new BsonDocument("x", 4) } },
        { "binary", new BsonBinaryData([1, 2, 3], BsonBinarySubType.Binary) },
        { "uuid", new BsonBinaryData(Guid.Parse("01234567-89ab-cdef-0123-456789abcdef"), GuidRepresentation.Standard) },
        { "objectId", new ObjectId("65f0a1b2c3d4e5f601234567") },
        { "true", true },
        { "false", false },
        { "date", new BsonDateTime(1_700_000_000_123) },
        { "null", BsonNull.Value },
        { "regex", new BsonRegularExpression("^a.*z$", "i") },
        { "javascript", new BsonJavaScript("function() { return 1; }") },
        { "int32", int.MinValue },
        { "timestamp", new BsonTimestamp(1_700_000_000, 7) },
        { "int64", long.MaxValue },
        { "decimal128", Decimal128.Parse("12345.678900") },
        { "minKey", BsonMinKey.Value },
        { "maxKey", BsonMaxKey.Value },
        { "unicode name", new BsonDocument("ключ", "значение") },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Value_survives_insert_and_find(string label, BsonValue value)
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var document = new BsonDocument { { "_id", label }, { "v", value } };
        await collection.InsertOneAsync(document);
        var found = await collection.Find(new BsonDocument("_id", label)).SingleAsync();
        Assert.Equal(value.BsonType, found["v"].BsonType);
        Assert.Equal(document.ToBson(), found.ToBson());
    }

    [Fact]
    public async Task Many_documents_with_repeated_field_names_keep_their_values()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var documents = Enumerable.Range(0, 500).Select(i => new BsonDocument
        {
            { "_id", i },
            { "name", "n" + i },
            { "nested", new BsonDocument { { "name", i * 2 }, { "tags", new BsonArray { i, i + 1 } } } },
        }).ToList();
        await collection.InsertManyAsync(documents);
        var found = await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.Equal(documents.Select(d => d.ToJson()), found.Select(d => d.ToJson()));
    }
}
