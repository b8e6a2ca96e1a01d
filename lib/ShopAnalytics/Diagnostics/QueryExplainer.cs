using MongoDB.Bson;
using MongoDB.Driver;

namespace ShopAnalytics.Diagnostics;

/// <summary>
/// Runs the explain command (verbosity executionStats) for a find and summarises it. Works the
/// same on the embedded server and on MongoDB 8.0 (whose slot-based plans nest the classic plan
/// under <c>queryPlan</c>).
/// </summary>
public static class QueryExplainer
{
    /// <summary>Forces a collection scan, to show a query as it runs without any index.</summary>
    public static readonly BsonDocument NoIndex = new("$natural", 1);

    public static async Task<PlanSummary> ExplainFindAsync(IMongoDatabase database, string collection, string name, BsonDocument filter, BsonValue? hint = null, CancellationToken cancellationToken = default)
    {
        var find = new BsonDocument { { "find", collection }, { "filter", filter } };
        if (hint is not null)
        {
            find["hint"] = hint;
        }

        var explain = await database.RunCommandAsync<BsonDocument>(
            new BsonDocument { { "explain", find }, { "verbosity", "executionStats" } }, cancellationToken: cancellationToken);
        return Summarise(name, explain);
    }

    /// <summary>Reads the plan shape and counters out of an explain reply.</summary>
    public static PlanSummary Summarise(string name, BsonDocument explain)
    {
        var winning = explain["queryPlanner"]["winningPlan"].AsBsonDocument;
        if (winning.TryGetValue("queryPlan", out var classic))
        {
            winning = classic.AsBsonDocument;
        }

        var indexes = new List<string>();
        var shape = Describe(winning, indexes);

        var stats = explain["executionStats"].AsBsonDocument;
        return new PlanSummary(
            name,
            shape,
            indexes.Count == 0 ? "(none)" : string.Join(", ", indexes.Distinct()),
            stats["nReturned"].ToInt64(),
            stats["totalKeysExamined"].ToInt64(),
            stats["totalDocsExamined"].ToInt64(),
            stats["executionTimeMillis"].ToInt64());
    }

    /// <summary>"FETCH > IXSCAN", or for a plan with branches (an $or): "FETCH > OR(IXSCAN, IXSCAN)"; collects index names on the way.</summary>
    private static string Describe(BsonDocument stage, List<string> indexes)
    {
        var name = stage["stage"].AsString;
        if (stage.TryGetValue("indexName", out var indexName))
        {
            indexes.Add(indexName.AsString);
        }

        if (stage.GetValue("inputStage", BsonNull.Value) is BsonDocument input)
        {
            return name + " > " + Describe(input, indexes);
        }

        return stage.GetValue("inputStages", BsonNull.Value) is BsonArray branches
            ? name + "(" + string.Join(", ", branches.OfType<BsonDocument>().Select(b => Describe(b, indexes))) + ")"
            : name;
    }
}
