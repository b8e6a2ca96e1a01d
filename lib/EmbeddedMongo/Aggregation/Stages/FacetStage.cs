using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$facet: runs several sub-pipelines over the same input and outputs one document of result arrays.</summary>
public sealed class FacetStage((string Name, Pipeline Pipeline)[] facets) : IPipelineStage
{
    public string Name => "$facet";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument { ElementCount: > 0 } document)
        {
            throw Errors.Location(40169, $"the $facet specification must be a non-empty object, but found: $facet: {spec}");
        }

        var facets = new List<(string, Pipeline)>();
        foreach (var element in document)
        {
            FieldNames.Split(element.Name);
            if (element.Name.Contains('.'))
            {
                throw Errors.Location(16412, "FieldPath field names may not contain '.'.");
            }

            if (element.Value is not BsonArray stages)
            {
                throw Errors.Location(40170, $"arguments to $facet must be arrays, {element.Name} is type {CommandArgs.TypeName(element.Value)}");
            }

            foreach (var stage in stages)
            {
                if (stage is not BsonDocument)
                {
                    throw Errors.Location(40171,
                        $"elements of arrays in $facet spec must be non-empty objects, {element.Name} argument contained an element of type {CommandArgs.TypeName(stage)}: {stage}");
                }
            }

            facets.Add((element.Name, Pipeline.Parse(stages, container: "$facet")));
        }

        return new FacetStage(facets.ToArray());
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var all = input.ToList();
        var output = new BsonDocument();
        foreach (var (name, pipeline) in facets)
        {
            output.Add(name, new BsonArray(pipeline.Execute(all, context)));
        }

        yield return output;
    }
}
