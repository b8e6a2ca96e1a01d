using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation;

/// <summary>Helpers shared by the aggregation tests: seed a collection, run a pipeline, catch its error.</summary>
public static class Aggregate
{
    public static async Task<IMongoCollection<BsonDocument>> SeedAsync(MongoTarget target, params BsonDocument[] documents)
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("c");
        if (documents.Length > 0)
        {
            await collection.InsertManyAsync(documents.Select(d => d.DeepClone().AsBsonDocument));
        }

        return collection;
    }

    public static Task<IMongoCollection<BsonDocument>> SeedAsync(MongoTarget target, string documentsJson)
        => SeedAsync(target, Documents(documentsJson));

    /// <summary>Parses a JSON array of documents (shell syntax: NumberLong(1), NumberDecimal("1.5")...).</summary>
    public static BsonDocument[] Documents(string jsonArray)
        => BsonSerializer.Deserialize<BsonArray>(jsonArray).Select(v => v.AsBsonDocument).ToArray();

    public static BsonDocument[] Stages(string jsonArray) => Documents(jsonArray);

    public static async Task<List<BsonDocument>> RunAsync(IMongoCollection<BsonDocument> collection, string pipelineJson)
    {
        var pipeline = PipelineDefinition<BsonDocument, BsonDocument>.Create(Stages(pipelineJson));
        return await (await collection.AggregateAsync(pipeline)).ToListAsync();
    }

    /// <summary>
    /// Runs a pipeline with the raw aggregate command (the driver reads the target collection back
    /// after $out/$merge and refuses them elsewhere than last) and returns the first batch.
    /// </summary>
    public static async Task<List<BsonDocument>> RawAsync(IMongoCollection<BsonDocument> collection, string pipelineJson)
    {
        var reply = await collection.Database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "aggregate", collection.CollectionNamespace.CollectionName },
            { "pipeline", new BsonArray(Stages(pipelineJson)) },
            { "cursor", new BsonDocument() },
        });
        return reply["cursor"]["firstBatch"].AsBsonArray.Select(v => v.AsBsonDocument).ToList();
    }

    public static async Task<MongoCommandException> RawFailsAsync(IMongoCollection<BsonDocument> collection, string pipelineJson)
        => await Assert.ThrowsAsync<MongoCommandException>(() => RawAsync(collection, pipelineJson));

    /// <summary>Runs the raw aggregate command and returns the whole reply.</summary>
    public static Task<BsonDocument> CommandAsync(IMongoDatabase database, string commandJson)
        => database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(commandJson));

    public static async Task<MongoCommandException> FailsAsync(IMongoCollection<BsonDocument> collection, string pipelineJson)
        => await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(collection, pipelineJson));

    /// <summary>Runs a pipeline over literal documents with <c>aggregate: 1</c> and $documents.</summary>
    public static async Task<List<BsonDocument>> OverDocumentsAsync(MongoTarget target, string documentsJson, string pipelineJson)
    {
        var database = target.NewDatabase();
        var stages = new BsonArray { new BsonDocument("$documents", BsonDocument.Parse("{d: " + documentsJson + "}")["d"]) };
        stages.AddRange(Stages(pipelineJson));
        var reply = await database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "aggregate", 1 },
            { "pipeline", stages },
            { "cursor", new BsonDocument() },
        });
        return reply["cursor"]["firstBatch"].AsBsonArray.Select(v => v.AsBsonDocument).ToList();
    }

    public static string Canonical(BsonValue value)
        => value.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson });

    /// <summary>Compares documents by value and type, field order included.</summary>
    public static void Same(string expectedJsonArray, IEnumerable<BsonDocument> actual)
    {
        var expected = Documents(expectedJsonArray);
        Assert.Equal(string.Join("\n", expected.Select(Canonical)), string.Join("\n", actual.Select(Canonical)));
    }
}
