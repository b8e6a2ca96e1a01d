using EmbeddedMongo.Aggregation;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// An update given as an aggregation pipeline. Only $addFields/$set, $project/$unset and
/// $replaceRoot/$replaceWith may appear ("Updates with Aggregation Pipeline" in the manual). The
/// pipeline's single output replaces the document: an output without _id keeps the original _id,
/// an output with a different _id is refused (66 ImmutableField).
/// </summary>
public sealed class PipelineUpdate : ParsedUpdate
{
    private static readonly HashSet<string> AllowedStages = new(StringComparer.Ordinal)
    {
        "$addFields", "$project", "$replaceRoot", "$replaceWith", "$set", "$unset",
    };

    private readonly Pipeline pipeline;

    private PipelineUpdate(Pipeline pipeline) => this.pipeline = pipeline;

    public static PipelineUpdate Parse(BsonArray stages)
    {
        foreach (var stage in stages)
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

        return new PipelineUpdate(Pipeline.Parse(stages));
    }

    public override BsonDocument Apply(BsonDocument original, UpdateContext context)
    {
        var run = context.Pipeline ?? throw Errors.InternalError("pipeline update without a pipeline context");
        var output = pipeline.Execute([original], run).ToList();
        if (output.Count != 1)
        {
            throw Errors.InternalError($"pipeline update produced {output.Count} documents");
        }

        return ReplacementUpdate.Replace(original, output[0]);
    }

    public override BsonDocument BuildUpsert(BsonDocument query, UpdateContext context)
    {
        var seed = UpsertSeed.FromQuery(query);
        context.Original = seed;
        context.IsInsert = true;
        return WithIdFirst(Apply(seed, context));
    }
}
