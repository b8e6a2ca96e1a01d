using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query;

/// <summary>Helpers shared by the query-language tests: seed a collection, run a filter, read back the _ids.</summary>
public static class QueryFixture
{
    public static async Task<IMongoCollection<BsonDocument>> SeedAsync(MongoTarget target, params string[] documents)
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("c");
        await collection.InsertManyAsync(documents.Select(BsonDocument.Parse));
        return collection;
    }

    /// <summary>The _ids (as ints) of the documents a filter selects, sorted.</summary>
    public static async Task<int[]> IdsAsync(IMongoCollection<BsonDocument> collection, string filter)
    {
        var found = await collection.Find(BsonDocument.Parse(filter)).ToListAsync();
        return found.Select(d => d["_id"].ToInt32()).Order().ToArray();
    }

    public static int[] Ids(string csv) => csv.Length == 0 ? [] : csv.Split(',').Select(int.Parse).ToArray();

    public static async Task<MongoCommandException> FailsAsync(IMongoCollection<BsonDocument> collection, string filter)
        => await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(BsonDocument.Parse(filter)).ToListAsync());
}
