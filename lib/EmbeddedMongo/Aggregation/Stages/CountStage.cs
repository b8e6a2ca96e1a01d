using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$count: one document {field: n} holding the number of input documents (none for no input).</summary>
public sealed class CountStage(string field) : IPipelineStage
{
    public string Name => "$count";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonString s)
        {
            throw Errors.Location(40156, "the count field must be a non-empty string");
        }

        if (s.Value.Length == 0)
        {
            throw Errors.Location(40157, "the count field must be a non-empty string");
        }

        if (s.Value[0] == '$')
        {
            throw Errors.Location(40158, "the count field cannot be a $-prefixed path");
        }

        if (s.Value.Contains('.'))
        {
            throw Errors.Location(40160, "the count field cannot contain '.'");
        }

        return new CountStage(s.Value);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var n = 0L;
        foreach (var unused in input)
        {
            n++;
        }

        if (n > 0)
        {
            yield return new BsonDocument(field, n > int.MaxValue ? new BsonInt64(n) : new BsonInt32((int)n));
        }
    }
}
