using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>Runs one update through the driver against a fresh collection and reads the result back.</summary>
internal static class UpdateHarness
{
    public static async Task<IMongoCollection<BsonDocument>> CollectionWithAsync(MongoTarget target, params string[] documents)
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("c");
        if (documents.Length > 0)
        {
            await collection.InsertManyAsync(documents.Select(BsonDocument.Parse));
        }

        return collection;
    }

    /// <summary>Inserts <paramref name="before"/>, applies the update with updateOne and returns the stored document.</summary>
    public static async Task<(BsonDocument After, UpdateResult Result)> UpdateOneAsync(MongoTarget target, string before, string update, string filter = "{}", string? arrayFilters = null)
    {
        var collection = await CollectionWithAsync(target, before);
        var options = new UpdateOptions();
        if (arrayFilters is not null)
        {
            options.ArrayFilters = BsonSerializer(arrayFilters);
        }

        var result = await collection.UpdateOneAsync(BsonDocument.Parse(filter), BsonDocument.Parse(update), options);
        var after = await collection.Find(FilterDefinition<BsonDocument>.Empty).FirstAsync();
        return (after, result);
    }

    public static List<ArrayFilterDefinition> BsonSerializer(string arrayFilters)
        => BsonSerialization(arrayFilters).Select(f => (ArrayFilterDefinition)new BsonDocumentArrayFilterDefinition<BsonDocument>(f)).ToList();

    private static IEnumerable<BsonDocument> BsonSerialization(string array)
        => MongoDB.Bson.Serialization.BsonSerializer.Deserialize<BsonArray>(array).Select(v => v.AsBsonDocument);

    /// <summary>Runs a raw update command and returns its single write error (or throws if there is none).</summary>
    public static async Task<BsonDocument> UpdateErrorAsync(MongoTarget target, string before, string statement)
    {
        var collection = await CollectionWithAsync(target, before);
        var reply = await collection.Database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { BsonDocument.Parse(statement) } },
        });
        Assert.True(reply.Contains("writeErrors"), "expected a write error, got " + reply.ToJson());
        return reply["writeErrors"][0].AsBsonDocument;
    }

    public static void AssertSameDocument(string expected, BsonDocument actual)
        => Assert.Equal(BsonDocument.Parse(expected).ToJson(), actual.ToJson());
}
