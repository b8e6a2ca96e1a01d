using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$limit: passes on the first n documents (n a positive 64-bit integer).</summary>
public sealed class LimitStage(long count) : IPipelineStage
{
    public string Name => "$limit";

    public long Count { get; } = count;

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!BsonOrder.IsNumber(spec))
        {
            throw Errors.Location(15957, "the limit must be specified as a number");
        }

        var n = StageArgs.ToLong(spec, 5107201, "$limit");
        if (n <= 0)
        {
            throw Errors.Location(15958, "the limit must be positive");
        }

        return new LimitStage(n);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var left = Count;
        foreach (var document in input)
        {
            yield return document;
            if (--left == 0)
            {
                yield break;
            }
        }
    }
}
