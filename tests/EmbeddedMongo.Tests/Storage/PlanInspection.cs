using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Storage;

/// <summary>Runs explain through the driver and finds stages in the plan tree.</summary>
public static class PlanInspection
{
    public static Task<BsonDocument> ExplainAsync(IMongoDatabase db, BsonDocument inner, string verbosity = "executionStats")
        => db.RunCommandAsync<BsonDocument>(new BsonDocument { { "explain", inner }, { "verbosity", verbosity } });

    public static Task<BsonDocument> ExplainFindAsync(IMongoDatabase db, string collection, BsonDocument filter, BsonDocument? sort = null, BsonValue? hint = null)
    {
        var find = new BsonDocument { { "find", collection }, { "filter", filter } };
        if (sort is not null)
        {
            find["sort"] = sort;
        }

        if (hint is not null)
        {
            find["hint"] = hint;
        }

        return ExplainAsync(db, find);
    }

    /// <summary>The first stage of that name in a winningPlan/executionStages tree (depth first), or null.</summary>
    public static BsonDocument? FindStage(BsonDocument? node, string stage)
    {
        while (node is not null)
        {
            if (node.GetValue("stage", BsonNull.Value) == stage)
            {
                return node;
            }

            if (node.TryGetValue("queryPlan", out var queryPlan))
            {
                node = queryPlan.AsBsonDocument;
                continue;
            }

            node = node.TryGetValue("inputStage", out var input) ? input.AsBsonDocument : null;
        }

        return null;
    }

    public static BsonDocument WinningPlan(BsonDocument explain) => explain["queryPlanner"]["winningPlan"].AsBsonDocument;

    public static BsonDocument Stats(BsonDocument explain) => explain["executionStats"].AsBsonDocument;
}
