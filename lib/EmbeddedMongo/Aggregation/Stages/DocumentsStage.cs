using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$documents: literal documents (an expression giving an array of objects) as the pipeline's input.</summary>
public sealed class DocumentsStage(Expression documents) : IPipelineStage
{
    public string Name => "$documents";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!where.IsFirst)
        {
            throw Errors.Location(40602, "$documents is only valid as the first stage in a pipeline");
        }

        if (!where.Nested && !where.DatabaseLevel)
        {
            throw Errors.InvalidNamespace("$documents' is only valid as the first stage in a pipeline with a collectionless namespace, i.e. {aggregate: 1}");
        }

        return new DocumentsStage(Expression.Parse(spec));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var value = documents.Evaluate(context.NewEvaluation());
        if (value is not BsonArray array)
        {
            throw Errors.Location(5858203, "an array is expected");
        }

        foreach (var item in array)
        {
            yield return item as BsonDocument ?? throw Errors.TypeMismatch("$documents expects an array of objects");
        }
    }
}
