using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$project: an inclusion projection (with computed fields) or an exclusion projection.</summary>
public sealed class ProjectStage(ProjectionTree tree) : IPipelineStage
{
    public string Name => "$project";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(15969, "$project specification must be an object");
        }

        return new ProjectStage(ProjectionTree.ParseProject(document));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            yield return tree.ApplyProject(document, evaluation);
        }
    }
}
