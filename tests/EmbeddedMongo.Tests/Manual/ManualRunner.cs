using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// One worked example of the MongoDB manual: the page's documents, the commands it runs, and the
/// output it shows. Seed is <c>{collection: [documents]}</c>; Commands is a JSON array of database
/// commands run in order; Expected is a JSON array compared (type, value and field order) with the
/// last command's answer, or <c>error N</c> for the code MongoDB answers with.
/// </summary>
public sealed record ManualCase(string Seed, string Commands, string Expected);

/// <summary>Runs <see cref="ManualCase"/>s through the driver against a fresh database.</summary>
public static class ManualRunner
{
    private static readonly string[] ReplyNoise = ["ok", "$clusterTime", "operationTime", "electionId", "opTime"];

    public static TheoryData<string> Names(IReadOnlyDictionary<string, ManualCase> table)
    {
        var data = new TheoryData<string>();
        foreach (var name in table.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    public static async Task RunAsync(MongoTarget target, ManualCase example)
    {
        var database = target.NewDatabase();
        foreach (var collection in BsonSerializer.Deserialize<BsonDocument>(example.Seed))
        {
            var documents = collection.Value.AsBsonArray.Select(v => v.AsBsonDocument).ToList();
            await database.GetCollection<BsonDocument>(collection.Name).InsertManyAsync(documents);
        }

        var commands = BsonSerializer.Deserialize<BsonArray>(example.Commands).Select(v => v.AsBsonDocument).ToList();
        if (example.Expected.StartsWith("error ", StringComparison.Ordinal))
        {
            var code = int.Parse(example.Expected["error ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(code, await ErrorCodeAsync(database, commands));
            return;
        }

        BsonDocument reply = [];
        foreach (var command in commands)
        {
            reply = await database.RunCommandAsync<BsonDocument>(Prepare(command));
        }

        var expected = BsonSerializer.Deserialize<BsonArray>(example.Expected);
        Assert.Equal(Render(expected), Render(Answer(reply)));
    }

    private static async Task<int> ErrorCodeAsync(IMongoDatabase database, List<BsonDocument> commands)
    {
        try
        {
            foreach (var command in commands)
            {
                var reply = await database.RunCommandAsync<BsonDocument>(Prepare(command));
                if (reply.TryGetValue("writeErrors", out var errors))
                {
                    return errors[0]["code"].ToInt32();
                }
            }
        }
        catch (MongoCommandException e)
        {
            return e.Code;
        }

        return 0;
    }

    private static BsonDocument Prepare(BsonDocument command)
    {
        if (command.GetElement(0).Name == "aggregate" && !command.Contains("cursor"))
        {
            command = command.DeepClone().AsBsonDocument;
            command["cursor"] = new BsonDocument();
        }

        return command;
    }

    private static BsonArray Answer(BsonDocument reply)
    {
        if (reply.TryGetValue("cursor", out var cursor))
        {
            return cursor["firstBatch"].AsBsonArray;
        }

        if (reply.Contains("value") && reply.Contains("lastErrorObject"))
        {
            return reply["value"].IsBsonNull ? [] : [reply["value"]];
        }

        var trimmed = reply.DeepClone().AsBsonDocument;
        foreach (var noise in ReplyNoise)
        {
            trimmed.Remove(noise);
        }

        return [trimmed];
    }

    private static string Render(BsonArray values)
        => string.Join("\n", values.Select(v => v.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson })));
}
