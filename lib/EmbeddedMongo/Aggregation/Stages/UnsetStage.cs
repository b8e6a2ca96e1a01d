using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$unset: removes one field or a list of fields (an exclusion projection).</summary>
public sealed class UnsetStage(ProjectionTree tree) : IPipelineStage
{
    public string Name => "$unset";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        var paths = spec switch
        {
            BsonString s => [s.Value],
            BsonArray { Count: 0 } => throw Errors.Location(31119, "$unset specification must be a string or an array with at least one field"),
            BsonArray a when a.All(v => v is BsonString) => a.Select(v => v.AsString).ToList(),
            BsonArray => throw Errors.Location(31120, "$unset specification must be a string or an array containing only string values"),
            _ => throw Errors.Location(31002, "$unset specification must be a string or an array"),
        };
        return new UnsetStage(ProjectionTree.ParseExclusions(paths));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        return input.Select(d => tree.ApplyProject(d, evaluation));
    }
}
