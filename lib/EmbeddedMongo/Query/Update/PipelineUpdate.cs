using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// An update given as an aggregation pipeline ($addFields/$set, $project/$unset,
/// $replaceRoot/$replaceWith). Only these stages are allowed in an update.
/// </summary>
public sealed class PipelineUpdate : ParsedUpdate
{
    private static readonly HashSet<string> AllowedStages = new(StringComparer.Ordinal)
    {
        "$addFields", "$project", "$replaceRoot", "$replaceWith", "$set", "$unset",
    };

    private PipelineUpdate()
    {
    }

    public static PipelineUpdate Parse(BsonArray pipeline)
    {
        foreach (var stage in pipeline)
        {
            if (stage is not BsonDocument { ElementCount: 1 } document)
            {
                throw Errors.Location(40323, "A pipeline stage specification object must contain exactly one field.");
            }

            var name = document.GetElement(0).Name;
            if (!AllowedStages.Contains(name))
            {
                throw Errors.InvalidOptions($"{name} is not allowed to be used within an update");
            }
        }

        throw Errors.Make(238, "NotImplemented", "Pipeline-style updates are not supported by this server yet");
    }

    public override BsonDocument Apply(BsonDocument original, UpdateContext context) => original;

    public override BsonDocument BuildUpsert(BsonDocument query, UpdateContext context) => UpsertSeed.FromQuery(query);
}
