using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Storage.PlanInspection;

namespace EmbeddedMongo.Tests.Storage;

[Collection(MongoCollectionDefinition.Name)]
public sealed class QueryPlannerTests(MongoTarget target)
{
    private static async Task<IMongoCollection<BsonDocument>> Seed(IMongoDatabase db, int count, params BsonDocument[] indexes)
    {
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, count).Select(i => new BsonDocument
        {
            { "_id", i },
            { "a", i % 10 },
            { "b", i },
            { "s", "k" + (i % 7) },
            { "x", new BsonDocument("y", i % 5) },
        }));
        foreach (var keys in indexes)
        {
            await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(keys));
        }

        return collection;
    }

    [Fact]
    public async Task Indexed_equality_examines_only_matching_keys_and_documents()
    {
        var db = target.NewDatabase();
        await Seed(db, 200, new BsonDocument("a", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("a", 3));
        var scan = FindStage(WinningPlan(explain), "IXSCAN");
        Assert.NotNull(scan);
        Assert.Equal("FETCH", WinningPlan(explain)["stage"].AsString);
        Assert.Equal("a_1", scan["indexName"].AsString);
        Assert.Equal(new BsonDocument("a", 1), scan["keyPattern"]);
        Assert.False(scan["isMultiKey"].ToBoolean());
        Assert.Equal("forward", scan["direction"].AsString);
        Assert.Equal(new BsonArray { "[3, 3]" }, scan["indexBounds"]["a"]);
        var stats = Stats(explain);
        Assert.Equal(20, stats["nReturned"].ToInt32());
        Assert.Equal(20, stats["totalKeysExamined"].ToInt32());
        Assert.Equal(20, stats["totalDocsExamined"].ToInt32());
    }

    [Fact]
    public async Task Or_of_indexed_clauses_unites_one_index_scan_per_clause()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 200, new BsonDocument("a", 1), new BsonDocument("b", 1));
        var filter = BsonDocument.Parse("{$or: [{a: 3}, {b: {$lt: 5}}, {b: 13}]}");

        var explain = await ExplainFindAsync(db, "items", filter);
        var or = FindStage(WinningPlan(explain), "OR");
        Assert.NotNull(or);
        Assert.Equal(["a_1", "b_1", "b_1"], or["inputStages"].AsBsonArray.Select(s => s["indexName"].AsString));

        // 20 documents have a = 3; b < 5 adds 4 more (b = 3 has a = 3 too) and b = 13 none: 26 keys,
        // 24 distinct documents, each fetched once.
        var stats = Stats(explain);
        Assert.Equal(24, stats["nReturned"].ToInt32());
        Assert.Equal(26, stats["totalKeysExamined"].ToInt32());
        Assert.Equal(24, stats["totalDocsExamined"].ToInt32());
        var found = await collection.Find(filter).ToListAsync();
        Assert.Equal(24, found.Select(d => d["_id"].AsInt32).Distinct().Count());
        Assert.Equal(24, found.Count);
    }

    [Fact]
    public async Task Or_with_an_unindexed_clause_scans_the_collection()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 100, new BsonDocument("a", 1));
        var filter = BsonDocument.Parse("{$or: [{a: 3}, {s: 'k1'}]}");

        var explain = await ExplainFindAsync(db, "items", filter);
        Assert.Equal("COLLSCAN", WinningPlan(explain)["stage"].AsString);
        var expected = Enumerable.Range(0, 100).Count(i => i % 10 == 3 || i % 7 == 1);
        Assert.Equal(expected, (await collection.Find(filter).ToListAsync()).Count);
    }

    [Fact]
    public async Task Unindexed_query_scans_the_whole_collection()
    {
        var db = target.NewDatabase();
        await Seed(db, 200, new BsonDocument("a", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("b", 42));
        var scan = WinningPlan(explain);
        Assert.Equal("COLLSCAN", scan["stage"].AsString);
        Assert.Equal("forward", scan["direction"].AsString);
        Assert.Equal(new BsonDocument("b", 42), scan["filter"]);
        var stats = Stats(explain);
        Assert.Equal(1, stats["nReturned"].ToInt32());
        Assert.Equal(0, stats["totalKeysExamined"].ToInt32());
        Assert.Equal(200, stats["totalDocsExamined"].ToInt32());
    }

    [Fact]
    public async Task Range_predicates_become_type_bracketed_bounds()
    {
        var db = target.NewDatabase();
        await Seed(db, 100, new BsonDocument("b", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("b", new BsonDocument { { "$gt", 10 }, { "$lte", 20 } }));
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.Equal(new BsonArray { "(10, 20]" }, scan["indexBounds"]["b"]);
        Assert.Equal(10, Stats(explain)["totalKeysExamined"].ToInt32());

        var open = await ExplainFindAsync(db, "items", new BsonDocument("b", new BsonDocument("$gte", 95)));
        Assert.Equal(new BsonArray { "[95, inf.0]" }, FindStage(WinningPlan(open), "IXSCAN")!["indexBounds"]["b"]);
        Assert.Equal(5, Stats(open)["totalKeysExamined"].ToInt32());
    }

    [Fact]
    public async Task In_gives_one_point_per_value()
    {
        var db = target.NewDatabase();
        await Seed(db, 100, new BsonDocument("b", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("b", new BsonDocument("$in", new BsonArray { 7, 3, 50, 3 })));
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.Equal(new BsonArray { "[3, 3]", "[7, 7]", "[50, 50]" }, scan["indexBounds"]["b"]);
        Assert.Equal(3, Stats(explain)["totalKeysExamined"].ToInt32());
    }

    [Fact]
    public async Task Compound_index_bounds_equality_prefix_then_range()
    {
        var db = target.NewDatabase();
        await Seed(db, 200, new BsonDocument { { "a", 1 }, { "b", 1 } });
        var filter = new BsonDocument { { "a", 4 }, { "b", new BsonDocument("$lt", 100) } };
        var explain = await ExplainFindAsync(db, "items", filter);
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.Equal("a_1_b_1", scan["indexName"].AsString);
        Assert.Equal(new BsonArray { "[4, 4]" }, scan["indexBounds"]["a"]);
        Assert.Equal(new BsonArray { "[-inf.0, 100)" }, scan["indexBounds"]["b"]);
        Assert.Equal(10, Stats(explain)["totalKeysExamined"].ToInt32());
    }

    [Fact]
    public async Task Dotted_path_index_is_used_for_equality()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 100, new BsonDocument("x.y", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("x.y", 2));
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.Equal("x.y_1", scan["indexName"].AsString);
        Assert.Equal(20, Stats(explain)["nReturned"].ToInt32());
        var found = await collection.Find(new BsonDocument("x.y", 2)).ToListAsync();
        Assert.Equal(20, found.Count);
        Assert.All(found, d => Assert.Equal(2, d["x"]["y"].AsInt32));
    }

    [Fact]
    public async Task Index_with_most_bound_fields_wins()
    {
        var db = target.NewDatabase();
        await Seed(db, 100, new BsonDocument("a", 1), new BsonDocument { { "a", 1 }, { "s", 1 } }, new BsonDocument("s", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument { { "s", "k3" }, { "a", 3 } });
        Assert.Equal("a_1_s_1", FindStage(WinningPlan(explain), "IXSCAN")!["indexName"].AsString);
    }

    [Fact]
    public async Task Hint_by_name_or_key_pattern_forces_the_index()
    {
        var db = target.NewDatabase();
        await Seed(db, 50, new BsonDocument("a", 1), new BsonDocument("b", 1));
        var byName = await ExplainFindAsync(db, "items", new BsonDocument("a", 1), hint: "b_1");
        Assert.Equal("b_1", FindStage(WinningPlan(byName), "IXSCAN")!["indexName"].AsString);
        Assert.Equal(5, Stats(byName)["nReturned"].ToInt32());
        var byKey = await ExplainFindAsync(db, "items", new BsonDocument("a", 1), hint: new BsonDocument("b", 1));
        Assert.Equal("b_1", FindStage(WinningPlan(byKey), "IXSCAN")!["indexName"].AsString);
        var natural = await ExplainFindAsync(db, "items", new BsonDocument("a", 1), hint: new BsonDocument("$natural", 1));
        Assert.Equal("COLLSCAN", WinningPlan(natural)["stage"].AsString);
    }

    [Fact]
    public async Task Hint_naming_no_index_is_BadValue()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 10, new BsonDocument("a", 1));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            collection.Find(new BsonDocument("a", 1), new FindOptions { Hint = "nope_1" }).ToListAsync());
        Assert.Equal(2, ex.Code);
        Assert.Contains("hint provided does not correspond to an existing index", ex.Message);
    }

    [Fact]
    public async Task Hinted_find_returns_the_same_documents()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 60, new BsonDocument("a", 1), new BsonDocument("s", 1));
        var filter = new BsonDocument { { "a", 2 }, { "s", "k2" } };
        var viaA = await collection.Find(filter, new FindOptions { Hint = "a_1" }).ToListAsync();
        var viaS = await collection.Find(filter, new FindOptions { Hint = "s_1" }).ToListAsync();
        var scan = await collection.Find(filter, new FindOptions { Hint = new BsonDocument("$natural", 1) }).ToListAsync();
        Assert.Equal(scan.Select(d => d["_id"]).Order(), viaA.Select(d => d["_id"]).Order());
        Assert.Equal(scan.Select(d => d["_id"]).Order(), viaS.Select(d => d["_id"]).Order());
        Assert.NotEmpty(scan);
    }

    [Fact]
    public async Task Index_provides_a_descending_sort_without_a_sort_stage()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 50, new BsonDocument("b", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument(), sort: new BsonDocument("b", -1));
        Assert.Null(FindStage(WinningPlan(explain), "SORT"));
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.Equal("backward", scan["direction"].AsString);
        var sorted = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("b", -1)).Limit(5).ToListAsync();
        Assert.Equal([49, 48, 47, 46, 45], sorted.Select(d => d["b"].AsInt32));
    }

    [Fact]
    public async Task Equality_prefix_lets_the_next_field_provide_the_sort()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 100, new BsonDocument { { "a", 1 }, { "b", -1 } });
        var filter = new BsonDocument("a", 7);
        var explain = await ExplainFindAsync(db, "items", filter, sort: new BsonDocument("b", 1));
        Assert.Null(FindStage(WinningPlan(explain), "SORT"));
        var sorted = await collection.Find(filter).Sort(new BsonDocument("b", 1)).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 10 + 7), sorted.Select(d => d["b"].AsInt32));
    }

    [Fact]
    public async Task Sort_the_index_cannot_provide_adds_a_sort_stage()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 30, new BsonDocument("a", 1));
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("a", 1), sort: new BsonDocument("b", -1));
        var sort = FindStage(WinningPlan(explain), "SORT");
        Assert.NotNull(sort);
        Assert.Equal(new BsonDocument("b", -1), sort["sortPattern"]);
        var sorted = await collection.Find(new BsonDocument("a", 1)).Sort(new BsonDocument("b", -1)).ToListAsync();
        Assert.Equal([21, 11, 1], sorted.Select(d => d["b"].AsInt32));
    }

    [Fact]
    public async Task Multikey_index_returns_each_document_once()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("tags", 1)));
        await collection.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "tags", new BsonArray { "a", "b", "a" } } },
            new BsonDocument { { "_id", 2 }, { "tags", "a" } },
            new BsonDocument { { "_id", 3 }, { "tags", new BsonArray { "b", "c" } } },
        ]);
        var found = await collection.Find(new BsonDocument("tags", "a")).ToListAsync();
        Assert.Equal([1, 2], found.Select(d => d["_id"].AsInt32).Order());
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("tags", "a"));
        var scan = FindStage(WinningPlan(explain), "IXSCAN")!;
        Assert.True(scan["isMultiKey"].ToBoolean());
        Assert.Equal(2, Stats(explain)["nReturned"].ToInt32());
    }

    [Fact]
    public async Task Multikey_ranges_are_not_intersected()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("n", 1)));
        await collection.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "n", new BsonArray { 2, 6 } } },
            new BsonDocument { { "_id", 2 }, { "n", 4 } },
        ]);
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("n", new BsonDocument { { "$gt", 3 }, { "$lt", 5 } }));
        var bounds = FindStage(WinningPlan(explain), "IXSCAN")!["indexBounds"]["n"].AsBsonArray;
        // One of the two ranges only: intersecting them to (3, 5) would lose document 1.
        Assert.Single(bounds);
        Assert.NotEqual("(3, 5)", bounds[0].AsString);
    }

    [Fact]
    public async Task Sparse_index_is_not_used_when_it_would_miss_documents()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Sparse = true }));
        await collection.InsertManyAsync([new BsonDocument { { "_id", 1 }, { "a", 2 } }, new BsonDocument("_id", 2), new BsonDocument { { "_id", 3 }, { "a", 1 } }]);
        var sorted = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("a", 1)).ToListAsync();
        Assert.Equal([2, 3, 1], sorted.Select(d => d["_id"].AsInt32));
        var equal = await ExplainFindAsync(db, "items", new BsonDocument("a", 2));
        Assert.Equal("a_1", FindStage(WinningPlan(equal), "IXSCAN")!["indexName"].AsString);
    }

    [Fact]
    public async Task Partial_index_is_used_only_when_the_filter_implies_it()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("email", 1),
            new CreateIndexOptions<BsonDocument> { PartialFilterExpression = new BsonDocument("active", true) }));
        await collection.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "email", "x" }, { "active", true } },
            new BsonDocument { { "_id", 2 }, { "email", "x" }, { "active", false } },
        ]);
        var all = await collection.Find(new BsonDocument("email", "x")).ToListAsync();
        Assert.Equal(2, all.Count);
        var plain = await ExplainFindAsync(db, "items", new BsonDocument("email", "x"));
        Assert.Null(FindStage(WinningPlan(plain), "IXSCAN"));
        var implied = await ExplainFindAsync(db, "items", new BsonDocument { { "email", "x" }, { "active", true } });
        Assert.Equal("email_1", FindStage(WinningPlan(implied), "IXSCAN")!["indexName"].AsString);
        Assert.Equal(1, Stats(implied)["nReturned"].ToInt32());
    }

    [Fact]
    public async Task Numbers_of_different_types_share_an_index_key()
    {
        var db = target.NewDatabase();
        var collection = db.GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("v", 1)));
        await collection.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "v", 5 } },
            new BsonDocument { { "_id", 2 }, { "v", 5L } },
            new BsonDocument { { "_id", 3 }, { "v", 5.0 } },
            new BsonDocument { { "_id", 4 }, { "v", new Decimal128(5) } },
            new BsonDocument { { "_id", 5 }, { "v", "5" } },
        ]);
        var found = await collection.Find(new BsonDocument("v", 5.0)).ToListAsync();
        Assert.Equal([1, 2, 3, 4], found.Select(d => d["_id"].AsInt32).Order());
    }

    [Fact]
    public async Task Updated_and_deleted_documents_leave_the_index()
    {
        var db = target.NewDatabase();
        var collection = await Seed(db, 20, new BsonDocument("a", 1));
        await collection.DeleteManyAsync(new BsonDocument("a", 3));
        Assert.Empty(await collection.Find(new BsonDocument("a", 3)).ToListAsync());
        var explain = await ExplainFindAsync(db, "items", new BsonDocument("a", 3));
        Assert.Equal(0, Stats(explain)["totalKeysExamined"].ToInt32());
    }
}
