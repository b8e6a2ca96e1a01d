using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$addFields (and its alias $set): adds or replaces fields with expression values.</summary>
public sealed class AddFieldsStage(string name, ProjectionTree tree) : IPipelineStage
{
    public string Name { get; } = name;

    public static Func<BsonValue, StageParseContext, IPipelineStage> Parse(string name) => (spec, _) =>
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(40272, $"{name} specification stage must be an object, got {CommandArgs.TypeName(spec)}");
        }

        return new AddFieldsStage(name, ProjectionTree.ParseAddFields(document));
    };

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            yield return tree.ApplyAddFields(document, evaluation);
        }
    }
}
