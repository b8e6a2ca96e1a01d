using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $indexStats: one document per index of the pipeline's collection, with how many queries the
/// planner answered from it since it was created (accesses.ops, accesses.since) and its specification.
/// </summary>
public sealed class IndexStatsStage : IPipelineStage
{
    public string Name => "$indexStats";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!where.IsFirst)
        {
            throw Errors.Location(40602, "$indexStats is only valid as the first stage in a pipeline");
        }

        return spec is BsonDocument { ElementCount: 0 }
            ? new IndexStatsStage()
            : throw Errors.Location(28803, "The $indexStats stage specification must be an empty object");
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var name = context.Collection ?? throw Errors.InvalidNamespace("$indexStats must be run against a collection");
        var indexes = context.Storage.Read(() => context.Storage.FindCollection(context.Database, name)?.Indexes.ToList() ?? []);
        foreach (var index in indexes)
        {
            yield return new BsonDocument
            {
                { "name", index.Name },
                { "key", index.KeyPattern },
                { "host", context.Host },
                { "accesses", new BsonDocument { { "ops", index.Usage.Ops }, { "since", new BsonDateTime(index.Usage.Since) } } },
                { "spec", index.Spec },
            };
        }
    }
}
