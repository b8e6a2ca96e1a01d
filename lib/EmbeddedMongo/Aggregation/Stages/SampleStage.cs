using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$sample: n documents chosen at random (reservoir sampling; all of them, shuffled, when fewer).</summary>
public sealed class SampleStage(long size) : IPipelineStage
{
    public string Name => "$sample";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(28745, "the $sample stage specification must be an object");
        }

        long? size = null;
        foreach (var element in document)
        {
            if (element.Name != "size")
            {
                throw Errors.Location(28748, $"unrecognized option to $sample: {element.Name}");
            }

            if (!BsonOrder.IsNumber(element.Value))
            {
                throw Errors.Location(28746, "size argument to $sample must be a number");
            }

            var n = Numeric.ToDouble(element.Value);
            if (n < 0)
            {
                throw Errors.Location(28747, "size argument to $sample must not be negative");
            }

            size = (long)Math.Min(n, long.MaxValue);
        }

        return new SampleStage(size ?? throw Errors.Location(28749, "$sample stage must specify a size"));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var reservoir = new List<BsonDocument>();
        var seen = 0L;
        foreach (var document in input)
        {
            seen++;
            if (reservoir.Count < size)
            {
                reservoir.Add(document);
            }
            else
            {
                var j = Random.Shared.NextInt64(seen);
                if (j < size)
                {
                    reservoir[(int)j] = document;
                }
            }
        }

        var shuffled = reservoir.ToArray();
        Random.Shared.Shuffle(shuffled);
        return shuffled;
    }
}
