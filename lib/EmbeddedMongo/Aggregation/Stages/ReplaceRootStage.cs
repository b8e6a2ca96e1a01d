using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$replaceRoot ({newRoot: expr}) and $replaceWith (expr): the document becomes the expression's value, which must be an object.</summary>
public sealed class ReplaceRootStage(string name, Expression newRoot) : IPipelineStage
{
    public string Name { get; } = name;

    public static IPipelineStage ParseReplaceRoot(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.TypeMismatch($"$replaceRoot stage must be an object, got {CommandArgs.TypeName(spec)}");
        }

        BsonValue? newRoot = null;
        foreach (var element in document)
        {
            if (element.Name != "newRoot")
            {
                throw Errors.Location(40415, $"BSON field '$replaceRoot.{element.Name}' is an unknown field.");
            }

            newRoot = element.Value;
        }

        if (newRoot is null)
        {
            throw Errors.Location(40414, "BSON field '$replaceRoot.newRoot' is missing but a required field");
        }

        return new ReplaceRootStage("$replaceRoot", Expression.Parse(newRoot));
    }

    public static IPipelineStage ParseReplaceWith(BsonValue spec, StageParseContext where)
        => new ReplaceRootStage("$replaceWith", Expression.Parse(spec));

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        var what = Name == "$replaceRoot" ? "'newRoot' expression " : "'replacement document' ";
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            var value = newRoot.Evaluate(evaluation);
            if (value is not BsonDocument replacement)
            {
                throw Errors.Location(40228,
                    $"{what}must evaluate to an object, but resulting value was: {(value is null ? "MISSING" : Errors.RenderForMessage(value))}. Type of resulting value: '{CommandArgs.TypeName(value)}'. Input document: {document}");
            }

            yield return replacement;
        }
    }
}
