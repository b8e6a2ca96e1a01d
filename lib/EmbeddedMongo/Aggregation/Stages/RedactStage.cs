using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $redact: evaluates an expression at each level of the document ($$CURRENT is that level):
/// $$KEEP keeps the level whole, $$PRUNE drops it, $$DESCEND keeps its fields and applies the
/// expression to embedded documents (also inside arrays).
/// </summary>
public sealed class RedactStage(Expression decision) : IPipelineStage
{
    private const string Descend = "$$DESCEND";
    private const string Prune = "$$PRUNE";
    private const string Keep = "$$KEEP";

    public string Name => "$redact";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where) => new RedactStage(Expression.Parse(Quote(spec)));

    /// <summary>The three redaction variables become literal strings the stage recognises.</summary>
    private static BsonValue Quote(BsonValue spec) => spec switch
    {
        BsonString { Value: Descend or Prune or Keep } s => new BsonDocument("$literal", s.Value),
        BsonDocument d when d.ElementCount == 1 && d.GetElement(0).Name == "$literal" => d,
        BsonDocument d => new BsonDocument(d.Select(e => new BsonElement(e.Name, Quote(e.Value)))),
        BsonArray a => new BsonArray(a.Select(Quote)),
        _ => spec,
    };

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            evaluation.Root = document;
            if (RedactObject(document, evaluation) is { } kept)
            {
                yield return kept;
            }
        }
    }

    private BsonDocument? RedactObject(BsonDocument level, EvaluationContext evaluation)
    {
        evaluation.Current = level;
        var result = decision.Evaluate(evaluation);
        switch (result)
        {
            case BsonString { Value: Keep }:
                return level;
            case BsonString { Value: Prune }:
                return null;
            case BsonString { Value: Descend }:
                var output = new BsonDocument();
                foreach (var element in level)
                {
                    switch (element.Value)
                    {
                        case BsonDocument child:
                            if (RedactObject(child, evaluation) is { } redacted)
                            {
                                output.Add(element.Name, redacted);
                            }

                            break;
                        case BsonArray array:
                            output.Add(element.Name, RedactArray(array, evaluation));
                            break;
                        default:
                            output.Add(element.Name, element.Value);
                            break;
                    }
                }

                return output;
            default:
                throw Errors.Location(17053,
                    $"$redact's expression should not return anything aside from the variables $$KEEP, $$DESCEND, and $$PRUNE, but returned {(result is null ? "MISSING" : Errors.RenderForMessage(result))}");
        }
    }

    private BsonArray RedactArray(BsonArray array, EvaluationContext evaluation)
    {
        var output = new BsonArray();
        foreach (var item in array)
        {
            switch (item)
            {
                case BsonDocument child:
                    if (RedactObject(child, evaluation) is { } redacted)
                    {
                        output.Add(redacted);
                    }

                    break;
                case BsonArray nested:
                    output.Add(RedactArray(nested, evaluation));
                    break;
                default:
                    output.Add(item);
                    break;
            }
        }

        return output;
    }
}
