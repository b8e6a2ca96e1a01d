using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$skip: drops the first n documents (n a non-negative 64-bit integer).</summary>
public sealed class SkipStage(long count) : IPipelineStage
{
    public string Name => "$skip";

    public long Count { get; } = count;

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!BsonOrder.IsNumber(spec))
        {
            throw Errors.Location(15972, "the skip must be specified as a number");
        }

        var n = StageArgs.ToLong(spec, 5107200, "$skip");
        if (n < 0)
        {
            throw Errors.Location(15956, $"invalid argument to $skip stage: Expected a non-negative number in: $skip: {n}");
        }

        return new SkipStage(n);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var left = Count;
        foreach (var document in input)
        {
            if (left > 0)
            {
                left--;
                continue;
            }

            yield return document;
        }
    }
}
