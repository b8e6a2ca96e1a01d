using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Storage.PlanInspection;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ExplainTests(MongoTarget target)
{
    private async Task<IMongoDatabase> Seeded()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("orders");
        await collection.InsertManyAsync(Enumerable.Range(0, 100).Select(i => new BsonDocument
        {
            { "_id", i },
            { "status", i % 4 == 0 ? "open" : "closed" },
            { "total", i },
        }));
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("status", 1)));
        return db;
    }

    [Fact]
    public async Task Query_planner_verbosity_has_no_execution_stats()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument { { "find", "orders" }, { "filter", new BsonDocument("status", "open") } }, "queryPlanner");
        Assert.False(explain.Contains("executionStats"));
        Assert.Equal($"{db.DatabaseNamespace.DatabaseName}.orders", explain["queryPlanner"]["namespace"].AsString);
        Assert.Equal(new BsonDocument("status", "open"), explain["queryPlanner"]["parsedQuery"]);
        Assert.Empty(explain["queryPlanner"]["rejectedPlans"].AsBsonArray);
        Assert.Equal(1.0, explain["ok"].ToDouble());
    }

    [Fact]
    public async Task Execution_stats_report_stages_with_counts()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument { { "find", "orders" }, { "filter", new BsonDocument("status", "open") } });
        var stats = Stats(explain);
        Assert.True(stats["executionSuccess"].ToBoolean());
        Assert.Equal(25, stats["nReturned"].ToInt32());
        Assert.Equal(25, stats["totalKeysExamined"].ToInt32());
        Assert.Equal(25, stats["totalDocsExamined"].ToInt32());
        Assert.True(stats.Contains("executionTimeMillis"));
        var fetch = stats["executionStages"].AsBsonDocument;
        Assert.Equal("FETCH", fetch["stage"].AsString);
        Assert.Equal(25, fetch["nReturned"].ToInt32());
        Assert.Equal(25, fetch["docsExamined"].ToInt32());
        var scan = FindStage(fetch, "IXSCAN")!;
        Assert.Equal(25, scan["keysExamined"].ToInt32());
    }

    [Fact]
    public async Task All_plans_execution_is_the_default_verbosity()
    {
        var db = await Seeded();
        var explain = await db.RunCommandAsync<BsonDocument>(new BsonDocument("explain", new BsonDocument { { "find", "orders" }, { "filter", new BsonDocument("total", 5) } }));
        Assert.True(Stats(explain).Contains("allPlansExecution"));
        Assert.Equal("COLLSCAN", WinningPlan(explain)["stage"].AsString);
    }

    [Fact]
    public async Task Sort_skip_limit_and_projection_appear_as_stages()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument
        {
            { "find", "orders" },
            { "filter", new BsonDocument("status", "closed") },
            { "sort", new BsonDocument("total", -1) },
            { "skip", 2 },
            { "limit", 5 },
            { "projection", new BsonDocument("total", 1) },
        });
        var plan = WinningPlan(explain);
        Assert.NotNull(FindStage(plan, "PROJECTION_SIMPLE"));
        Assert.Equal(2, FindStage(plan, "SKIP")!["skipAmount"].ToInt32());
        Assert.NotNull(FindStage(plan, "SORT"));
        Assert.NotNull(FindStage(plan, "IXSCAN"));
        Assert.Equal(5, Stats(explain)["nReturned"].ToInt32());
    }

    [Fact]
    public async Task Limit_without_sort_stops_the_scan_early()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument { { "find", "orders" }, { "filter", new BsonDocument() }, { "limit", 3 } });
        Assert.Equal(3, FindStage(WinningPlan(explain), "LIMIT")!["limitAmount"].ToInt32());
        Assert.Equal(3, Stats(explain)["nReturned"].ToInt32());
        Assert.Equal(3, Stats(explain)["totalDocsExamined"].ToInt32());
    }

    [Fact]
    public async Task Count_is_explained_with_a_count_stage()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument { { "count", "orders" }, { "query", new BsonDocument("status", "open") } });
        var plan = WinningPlan(explain);
        Assert.Equal("COUNT", plan["stage"].AsString);
        Assert.NotNull(FindStage(plan, "IXSCAN"));
        Assert.Equal(25, Stats(explain)["executionStages"]["nCounted"].ToInt32());
    }

    [Fact]
    public async Task Distinct_is_explained_over_its_query()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument { { "distinct", "orders" }, { "key", "total" }, { "query", new BsonDocument("status", "open") } });
        Assert.NotNull(FindStage(WinningPlan(explain), "IXSCAN"));
        Assert.Equal(25, Stats(explain)["totalKeysExamined"].ToInt32());
    }

    [Fact]
    public async Task Delete_is_explained_without_deleting()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument
        {
            { "delete", "orders" },
            { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument("status", "open") }, { "limit", 0 } } } },
        });
        var plan = WinningPlan(explain);
        Assert.Equal("DELETE", plan["stage"].AsString);
        Assert.NotNull(FindStage(plan, "IXSCAN"));
        Assert.Equal(25, Stats(explain)["executionStages"]["nWouldDelete"].ToInt32());
        var left = await db.GetCollection<BsonDocument>("orders").Find(new BsonDocument("status", "open")).ToListAsync();
        Assert.Equal(25, left.Count);
    }

    [Fact]
    public async Task Update_is_explained_with_an_update_stage()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument
        {
            { "update", "orders" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("status", "open") }, { "u", new BsonDocument("$set", new BsonDocument("x", 1)) }, { "multi", true } } } },
        });
        var plan = WinningPlan(explain);
        Assert.Equal("UPDATE", plan["stage"].AsString);
        Assert.Equal("status_1", FindStage(plan, "IXSCAN")!["indexName"].AsString);
    }

    [Fact]
    public async Task Aggregate_explains_its_leading_match()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument
        {
            { "aggregate", "orders" },
            { "pipeline", new BsonArray { new BsonDocument("$match", new BsonDocument("status", "open")) } },
            { "cursor", new BsonDocument() },
        });
        Assert.Equal("status_1", FindStage(WinningPlan(explain), "IXSCAN")!["indexName"].AsString);
        Assert.Equal(25, Stats(explain)["nReturned"].ToInt32());
    }

    [Fact]
    public async Task Aggregate_with_more_stages_reports_a_cursor_stage_first()
    {
        var db = await Seeded();
        var explain = await ExplainAsync(db, new BsonDocument
        {
            { "aggregate", "orders" },
            {
                "pipeline", new BsonArray
                {
                    new BsonDocument("$match", new BsonDocument("status", "open")),
                    new BsonDocument("$group", new BsonDocument { { "_id", BsonNull.Value }, { "n", new BsonDocument("$sum", 1) } }),
                }
            },
            { "cursor", new BsonDocument() },
        }, "queryPlanner");
        var planner = explain.Contains("stages")
            ? explain["stages"][0]["$cursor"]["queryPlanner"].AsBsonDocument
            : explain["queryPlanner"].AsBsonDocument;
        Assert.NotNull(FindStage(planner["winningPlan"].AsBsonDocument, "IXSCAN"));
    }

    [Fact]
    public async Task Unknown_verbosity_is_refused()
    {
        var db = await Seeded();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            ExplainAsync(db, new BsonDocument("find", "orders"), "everything"));
        Assert.Equal(2, ex.Code);
    }

    [Fact]
    public async Task Explain_of_missing_collection_is_an_empty_plan()
    {
        var db = target.NewDatabase();
        var explain = await ExplainAsync(db, new BsonDocument { { "find", "nothing" }, { "filter", new BsonDocument("a", 1) } });
        Assert.Equal(0, Stats(explain)["nReturned"].ToInt32());
        Assert.Equal(0, Stats(explain)["totalDocsExamined"].ToInt32());
    }
}
