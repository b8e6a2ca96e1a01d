using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// The answer to <c>aggregate</c> with <c>explain: true</c>: a queryPlanner section for the
/// collection read (the leading $match goes to the query planner) and the pipeline's stages.
/// </summary>
public static class AggregateExplain
{
    public static BsonDocument Build(AggregateRequest request, QueryPlan? plan)
    {
        var filter = request.PipelineSpec.Count > 0 && request.PipelineSpec[0] is BsonDocument first && first.Contains("$match")
            ? first["$match"]
            : new BsonDocument();
        var winningPlan = plan is null
            ? new BsonDocument("stage", "EOF")
            : WinningPlan(plan);
        var queryPlanner = new BsonDocument
        {
            { "namespace", request.Namespace },
            { "parsedQuery", filter },
            { "winningPlan", winningPlan },
            { "rejectedPlans", new BsonArray() },
        };
        var stages = new BsonArray { new BsonDocument("$cursor", new BsonDocument("queryPlanner", queryPlanner)) };
        foreach (var stage in request.PipelineSpec)
        {
            stages.Add(stage);
        }

        return new BsonDocument
        {
            { "explainVersion", "1" },
            { "queryPlanner", queryPlanner },
            { "stages", stages },
            { "ok", 1.0 },
        };
    }

    private static BsonDocument WinningPlan(QueryPlan plan)
    {
        if (plan.Stage == "OR")
        {
            return new BsonDocument { { "stage", "FETCH" }, { "inputStage", plan.DescribeOr() } };
        }

        if (plan.Index is null)
        {
            return new BsonDocument { { "stage", plan.Stage }, { "direction", "forward" } };
        }

        var inputStage = new BsonDocument
        {
            { "stage", plan.Stage == "IDHACK" ? "IDHACK" : "IXSCAN" },
            { "keyPattern", plan.Index.KeyPattern },
            { "indexName", plan.Index.Name },
        };
        if (plan.IndexBounds is not null)
        {
            inputStage.Add("indexBounds", plan.IndexBounds);
        }

        return plan.Stage == "IDHACK" ? inputStage : new BsonDocument { { "stage", "FETCH" }, { "inputStage", inputStage } };
    }
}
