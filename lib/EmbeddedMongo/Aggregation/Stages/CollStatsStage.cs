using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $collStats: one document describing the pipeline's collection: its namespace, the host, the time,
/// and what the specification asks for: count (the number of documents) and storageStats (the sizes
/// collStats gives, with an optional scale). latencyStats and queryExecStats need per-operation
/// timing this server does not keep, so they are refused rather than answered with made-up zeros.
/// </summary>
public sealed class CollStatsStage(bool count, long? storageScale) : IPipelineStage
{
    public string Name => "$collStats";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!where.IsFirst)
        {
            throw Errors.Location(40602, "$collStats is only valid as the first stage in a pipeline");
        }

        if (spec is not BsonDocument document)
        {
            throw CommandArgs.WrongType("$collStats", "$collStats", spec, "object");
        }

        var count = false;
        long? scale = null;
        foreach (var element in document)
        {
            if (element.Value is not BsonDocument options)
            {
                throw CommandArgs.WrongType("$collStats", element.Name, element.Value, "object");
            }

            switch (element.Name)
            {
                case "count":
                    count = true;
                    break;
                case "storageStats":
                    scale = CollStatsCommand.ReadScale(options, "$collStats.storageStats");
                    break;
                case "latencyStats" or "queryExecStats":
                    throw Errors.Location(115, $"$collStats {element.Name} is not supported by this server (it keeps no per-operation timings); count and storageStats are");
                default:
                    throw Errors.Location(40415, $"BSON field '$collStats.{element.Name}' is an unknown field.");
            }
        }

        return new CollStatsStage(count, scale);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var name = context.Collection ?? throw Errors.InvalidNamespace("$collStats must be run against a collection");
        var result = new BsonDocument
        {
            { "ns", context.Database + "." + name },
            { "host", context.Host },
            { "localTime", new BsonDateTime(context.Now) },
        };
        context.Storage.Read(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, name);
            if (storageScale is { } scale)
            {
                result["storageStats"] = CollStatsCommand.StorageStats(
                    collection ?? throw Errors.NamespaceNotFound($"Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [{context.Database}.{name}] not found."),
                    scale);
            }

            if (count)
            {
                result["count"] = (long)(collection ?? throw Errors.NamespaceNotFound($"Unable to retrieve count in $collStats stage :: caused by :: Collection [{context.Database}.{name}] not found.")).Count;
            }

            return 0;
        });
        yield return result;
    }
}
