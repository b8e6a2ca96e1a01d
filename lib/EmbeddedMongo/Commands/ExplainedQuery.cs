using System.Diagnostics;
using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// A query read as explain sees it: plans it exactly as the command would, runs it while
/// counting (keys and documents examined, documents returned at every stage) and renders
/// queryPlanner.winningPlan and executionStats.executionStages as MongoDB's classic engine does
/// (COLLSCAN or FETCH over IXSCAN, wrapped by SORT, SKIP, LIMIT and PROJECTION stages).
/// </summary>
public sealed class ExplainedQuery
{
    public required string Namespace { get; init; }

    public required BsonDocument Filter { get; init; }

    public BsonDocument? Sort { get; init; }

    public BsonDocument? Projection { get; init; }

    public long Skip { get; init; }

    public long? Limit { get; init; }

    public BsonValue? Hint { get; init; }

    /// <summary>A stage over the whole plan (COUNT, DELETE, UPDATE), or null for a plain read.</summary>
    public string? RootStage { get; init; }

    /// <summary>Extra fields of the root stage in executionStages (nWouldDelete...), computed from the matches.</summary>
    public Func<long, BsonDocument>? RootStats { get; init; }

    /// <summary>Runs the plan under the read lock and returns {queryPlanner, executionStats?}.</summary>
    public BsonDocument Explain(StorageEngine storage, string database, string collectionName, string verbosity)
    {
        var clock = Stopwatch.StartNew();
        var filter = Query.Filter.Parse(Filter);
        var sort = SortSpec.Parse(Sort);
        return storage.Read(() =>
        {
            var collection = storage.FindCollection(database, collectionName);
            var plan = QueryPlanner.Plan(collection, Filter, Sort, Hint);
            var run = Execute(plan, filter, sort);
            var result = new BsonDocument("queryPlanner", PlannerSection(plan));
            if (verbosity != "queryPlanner")
            {
                var elapsed = (long)clock.Elapsed.TotalMilliseconds;
                var stages = Tree(plan, run, elapsed);
                var executionStats = new BsonDocument
                {
                    { "executionSuccess", true },
                    { "nReturned", RootStage is null ? run.Returned : 0 },
                    { "executionTimeMillis", elapsed },
                    { "totalKeysExamined", run.KeysExamined },
                    { "totalDocsExamined", run.DocsExamined },
                    { "executionStages", stages },
                };
                if (verbosity == "allPlansExecution")
                {
                    executionStats["allPlansExecution"] = new BsonArray();
                }

                result["executionStats"] = executionStats;
            }

            return result;
        });
    }

    private sealed record Run(long DocsExamined, long KeysExamined, long Fetched, long Matched, long Sorted, long Skipped, long Returned);

    private Run Execute(QueryPlan plan, Query.Filter filter, SortSpec? sort)
    {
        var needAll = sort is not null && !plan.ProvidesSort;
        var wanted = Limit is { } limit ? Skip + limit : long.MaxValue;
        var examined = 0L;
        var matched = 0L;
        foreach (var (_, document) in plan.Candidates)
        {
            if (!needAll && matched >= wanted)
            {
                break;
            }

            examined++;
            if (filter.Matches(document))
            {
                matched++;
            }
        }

        var sorted = Math.Min(matched, wanted);
        var skipped = Math.Max(0, sorted - Skip);
        var returned = Limit is { } l ? Math.Min(skipped, l) : skipped;
        var keys = plan.Stage is "IXSCAN" or "EXPRESS_IXSCAN" or "OR" ? plan.KeysExamined : 0;
        return new Run(examined, keys, plan.Candidates.Count, matched, sorted, skipped, returned);
    }

    private BsonDocument PlannerSection(QueryPlan plan) => new()
    {
        { "plannerVersion", 1 },
        { "namespace", Namespace },
        { "indexFilterSet", false },
        { "parsedQuery", Filter },
        { "maxIndexedOrSolutionsReached", false },
        { "maxIndexedAndSolutionsReached", false },
        { "maxScansToExplodeReached", false },
        { "prunedSimilarIndexes", false },
        { "winningPlan", Tree(plan, null, null) },
        { "rejectedPlans", new BsonArray() },
    };

    private BsonDocument Tree(QueryPlan plan, Run? run, long? millis)
    {
        var residual = Residual(plan);
        BsonDocument node;
        if (plan.Stage == "IXSCAN")
        {
            var scan = plan.DescribeIndexScan();
            node = new BsonDocument("stage", "FETCH");
            if (residual.ElementCount > 0)
            {
                node["filter"] = residual;
            }

            if (run is not null)
            {
                Stats(scan, run.Fetched, millis);
                scan["keysExamined"] = run.KeysExamined;
                scan["dupsTested"] = plan.Index!.IsMultikey ? run.KeysExamined : 0;
                scan["dupsDropped"] = plan.Index.IsMultikey ? run.KeysExamined - run.Fetched : 0;
                Stats(node, run.Matched, millis);
                node["docsExamined"] = run.DocsExamined;
            }

            node["inputStage"] = scan;
        }
        else if (plan.Stage == "OR")
        {
            var union = plan.DescribeOr();
            node = new BsonDocument { { "stage", "FETCH" }, { "filter", Filter } };
            if (run is not null)
            {
                var scans = union["inputStages"].AsBsonArray;
                for (var i = 0; i < scans.Count; i++)
                {
                    Stats(scans[i].AsBsonDocument, plan.Branches[i].Candidates.Count, millis);
                    scans[i]["keysExamined"] = plan.Branches[i].KeysExamined;
                }

                var tested = plan.Branches.Sum(b => (long)b.Candidates.Count);
                Stats(union, run.Fetched, millis);
                union["dupsTested"] = tested;
                union["dupsDropped"] = tested - run.Fetched;
                Stats(node, run.Matched, millis);
                node["docsExamined"] = run.DocsExamined;
            }

            node["inputStage"] = union;
        }
        else
        {
            node = plan.Describe(Filter);
            if (run is not null)
            {
                Stats(node, run.Matched, millis);
                if (plan.Stage == "COLLSCAN")
                {
                    node["docsExamined"] = run.DocsExamined;
                }
                else if (plan.Stage == "EXPRESS_IXSCAN")
                {
                    node["keysExamined"] = run.KeysExamined;
                    node["docsExamined"] = run.DocsExamined;
                }
            }
        }

        if (Sort is { ElementCount: > 0 } && !plan.ProvidesSort && plan.Stage != "EOF")
        {
            node = Wrap("SORT", node, run?.Sorted, millis, new BsonDocument
            {
                { "sortPattern", Sort },
                { "memLimit", 104857600 },
                { "type", "simple" },
            });
            if (Limit is { } top)
            {
                node.InsertAt(2, new BsonElement("limitAmount", Skip + top));
            }
        }

        if (Skip > 0)
        {
            node = Wrap("SKIP", node, run?.Skipped, millis, new BsonDocument("skipAmount", Skip));
        }

        if (Limit is { } limit && (Sort is null || Sort.ElementCount == 0 || plan.ProvidesSort || Skip > 0))
        {
            node = Wrap("LIMIT", node, run?.Returned, millis, new BsonDocument("limitAmount", limit));
        }

        if (Projection is { ElementCount: > 0 })
        {
            var simple = Projection.All(e => !e.Name.Contains('.') && !e.Name.StartsWith('$') && (BsonOrder.IsNumber(e.Value) || e.Value is BsonBoolean));
            node = Wrap(simple ? "PROJECTION_SIMPLE" : "PROJECTION_DEFAULT", node, run?.Returned, millis, new BsonDocument("transformBy", Projection));
        }

        if (RootStage is not null)
        {
            var extra = run is not null && RootStats is not null ? RootStats(run.Returned) : new BsonDocument();
            node = Wrap(RootStage, node, run is null ? null : 0, millis, extra);
        }

        return node;
    }

    /// <summary>The part of the filter the index bounds do not already guarantee (shown on FETCH).</summary>
    private BsonDocument Residual(QueryPlan plan)
    {
        var paths = plan.Index?.Paths ?? [];
        return new BsonDocument(Filter.Where(e => Array.IndexOf(paths, e.Name) < 0 || e.Value is BsonDocument { ElementCount: > 1 }));
    }

    private static BsonDocument Wrap(string stage, BsonDocument input, long? returned, long? millis, BsonDocument fields)
    {
        var node = new BsonDocument("stage", stage);
        node.AddRange(fields);
        if (returned is { } n)
        {
            Stats(node, n, millis);
        }

        node["inputStage"] = input;
        return node;
    }

    private static void Stats(BsonDocument node, long returned, long? millis)
    {
        node["nReturned"] = returned;
        node["executionTimeMillisEstimate"] = millis ?? 0;
        node["works"] = returned + 1;
        node["advanced"] = returned;
        node["isEOF"] = 1;
    }
}
