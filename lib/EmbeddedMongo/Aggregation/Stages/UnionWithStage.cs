using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$unionWith: the input documents, then those of another collection (through an optional pipeline).</summary>
public sealed class UnionWithStage(string? collection, Pipeline? pipeline) : IPipelineStage
{
    public string Name => "$unionWith";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        switch (spec)
        {
            case BsonString s:
                return new UnionWithStage(s.Value, null);
            case BsonDocument document:
            {
                string? coll = null;
                Pipeline? pipeline = null;
                BsonArray? stages = null;
                foreach (var element in document)
                {
                    switch (element.Name)
                    {
                        case "coll":
                            coll = element.Value as BsonString is { } c ? c.Value : throw CommandArgs.WrongType("$unionWith", "coll", element.Value, "string");
                            break;
                        case "pipeline":
                            stages = element.Value as BsonArray ?? throw CommandArgs.WrongType("$unionWith", "pipeline", element.Value, "array");
                            pipeline = Pipeline.Parse(stages, container: "$unionWith");
                            break;
                        default:
                            throw Errors.Location(40415, $"BSON field '$unionWith.{element.Name}' is an unknown field.");
                    }
                }

                if (coll is null && (stages is null || stages.Count == 0 || stages[0] is not BsonDocument first || !first.Contains("$documents")))
                {
                    throw Errors.FailedToParse(
                        "$unionWith stage without explicit collection must have a pipeline with $documents as first stage");
                }

                return new UnionWithStage(coll, pipeline);
            }

            default:
                throw Errors.Location(31335,
                    $"the $unionWith stage specification must be an object or string, but found {CommandArgs.TypeName(spec)}");
        }
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        foreach (var document in input)
        {
            yield return document;
        }

        var other = collection is null
            ? []
            : context.ReadCollection(collection);
        var results = pipeline is null ? other : pipeline.Execute(other, context);
        foreach (var document in results)
        {
            yield return document;
        }
    }
}
