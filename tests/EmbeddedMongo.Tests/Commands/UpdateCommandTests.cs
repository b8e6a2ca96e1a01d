using EmbeddedMongo.Tests.Infrastructure;
using EmbeddedMongo.Tests.Query.Update;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>The update command: counts, multi, upserts, ordered and unordered statements, validation and unique indexes.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class UpdateCommandTests(MongoTarget target)
{
    private static FilterDefinition<BsonDocument> All => FilterDefinition<BsonDocument>.Empty;

    [Fact]
    public async Task UpdateMany_counts_matched_and_actually_modified_documents()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, k: 1, v: 1 }", "{ _id: 2, k: 1, v: 2 }", "{ _id: 3, k: 2, v: 1 }");
        var result = await collection.UpdateManyAsync(new BsonDocument("k", 1), BsonDocument.Parse("{ $set: { v: 2 } }"));
        Assert.Equal(2, result.MatchedCount);
        Assert.Equal(1, result.ModifiedCount);
        var docs = await collection.Find(All).SortBy(d => d["_id"]).ToListAsync();
        Assert.Equal([2, 2, 1], docs.Select(d => d["v"].AsInt32));
    }

    [Fact]
    public async Task UpdateOne_changes_only_the_first_match()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, k: 1 }", "{ _id: 2, k: 1 }");
        var result = await collection.UpdateOneAsync(new BsonDocument("k", 1), BsonDocument.Parse("{ $inc: { n: 1 } }"));
        Assert.Equal(1, result.MatchedCount);
        var docs = await collection.Find(All).SortBy(d => d["_id"]).ToListAsync();
        Assert.Equal(1, docs[0]["n"].AsInt32);
        Assert.False(docs[1].Contains("n"));
    }

    [Fact]
    public async Task Upsert_builds_the_document_from_equality_fields_and_setOnInsert()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        var filter = BsonDocument.Parse("{ name: 'x', 'a.b': 1, $and: [ { c: { $eq: 2 } } ], d: { $gt: 5 } }");
        var result = await collection.UpdateOneAsync(filter, BsonDocument.Parse("{ $set: { e: 1 }, $setOnInsert: { created: true } }"), new UpdateOptions { IsUpsert = true });
        Assert.Equal(0, result.MatchedCount);
        Assert.Equal(0, result.ModifiedCount);
        Assert.Equal(BsonType.ObjectId, result.UpsertedId.BsonType);
        var doc = await collection.Find(All).SingleAsync();
        Assert.Equal(result.UpsertedId, doc["_id"]);
        doc.Remove("_id");
        UpdateHarness.AssertSameDocument("{ a: { b: 1 }, c: 2, name: 'x', created: true, e: 1 }", doc);
    }

    [Fact]
    public async Task Upsert_takes_the_id_from_the_filter()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        var result = await collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ $set: { item: 'apple' }, $setOnInsert: { defaultQty: 100 } }"), new UpdateOptions { IsUpsert = true });
        Assert.Equal(1, result.UpsertedId.AsInt32);
        UpdateHarness.AssertSameDocument("{ _id: 1, defaultQty: 100, item: 'apple' }", await collection.Find(All).SingleAsync());
    }

    [Fact]
    public async Task ReplaceOne_keeps_the_id_and_upserts_with_the_filter_id()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, a: 1, b: 2 }");
        var replaced = await collection.ReplaceOneAsync(BsonDocument.Parse("{ a: 1 }"), BsonDocument.Parse("{ c: 3 }"));
        Assert.Equal(1, replaced.ModifiedCount);
        UpdateHarness.AssertSameDocument("{ _id: 1, c: 3 }", await collection.Find(All).SingleAsync());
        var same = await collection.ReplaceOneAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ c: 3 }"));
        Assert.Equal(1, same.MatchedCount);
        Assert.Equal(0, same.ModifiedCount);
        var upserted = await collection.ReplaceOneAsync(BsonDocument.Parse("{ _id: 7, z: 1 }"), BsonDocument.Parse("{ y: 2 }"), new ReplaceOptions { IsUpsert = true });
        Assert.Equal(7, upserted.UpsertedId.AsInt32);
        UpdateHarness.AssertSameDocument("{ _id: 7, y: 2 }", await collection.Find(BsonDocument.Parse("{ _id: 7 }")).SingleAsync());
    }

    [Fact]
    public async Task Raw_reply_has_n_nModified_and_upserted_with_indexes()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, v: 1 }");
        var reply = await collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(
            "{ update: 'c', updates: [ { q: { _id: 1 }, u: { $set: { v: 2 } } }, { q: { _id: 5 }, u: { $set: { v: 1 } }, upsert: true } ] }"));
        Assert.Equal(2, reply["n"].AsInt32);
        Assert.Equal(1, reply["nModified"].AsInt32);
        UpdateHarness.AssertSameDocument("{ index: 1, _id: 5 }", reply["upserted"][0].AsBsonDocument);
        Assert.False(reply.Contains("writeErrors"));
    }

    [Fact]
    public async Task Ordered_updates_stop_at_the_first_error_and_unordered_go_on()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, s: 'x', v: 0 }");
        const string Statements = "[ { q: {}, u: { $inc: { v: 1 } } }, { q: {}, u: { $inc: { s: 1 } } }, { q: {}, u: { $inc: { v: 1 } } } ]";
        var ordered = await collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse($"{{ update: 'c', updates: {Statements} }}"));
        Assert.Equal(1, ordered["n"].AsInt32);
        Assert.Equal(1, ordered["writeErrors"][0]["index"].AsInt32);
        Assert.Equal(14, ordered["writeErrors"][0]["code"].AsInt32);
        var unordered = await collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse($"{{ update: 'c', updates: {Statements}, ordered: false }}"));
        Assert.Equal(2, unordered["n"].AsInt32);
        Assert.Single(unordered["writeErrors"].AsBsonArray);
        Assert.Equal(3, (await collection.Find(All).SingleAsync())["v"].AsInt32);
    }

    [Fact]
    public async Task Update_that_breaks_a_unique_index_is_E11000()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, a: 1 }", "{ _id: 2, a: 2 }");
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 2 }"), BsonDocument.Parse("{ $set: { _id: 1 } }")));
        Assert.Equal(66, ex.WriteError.Code);
        var upsert = await Assert.ThrowsAsync<MongoWriteException>(() => collection.ReplaceOneAsync(BsonDocument.Parse("{ _id: 1, x: 5 }"), BsonDocument.Parse("{ a: 3 }"), new ReplaceOptions { IsUpsert = true }));
        Assert.Equal(11000, upsert.WriteError.Code);
    }

    [Fact]
    public async Task Update_is_checked_against_the_collection_validator()
    {
        var database = target.NewDatabase();
        await database.CreateCollectionAsync("c", new CreateCollectionOptions<BsonDocument> { Validator = BsonDocument.Parse("{ status: 'ok' }") });
        var collection = database.GetCollection<BsonDocument>("c");
        await collection.InsertOneAsync(BsonDocument.Parse("{ _id: 1, status: 'ok' }"));
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ $set: { status: 'bad' } }")));
        Assert.Equal(121, ex.WriteError.Code);
        var bypassed = await collection.UpdateOneAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ $set: { status: 'bad' } }"), new UpdateOptions { BypassDocumentValidation = true });
        Assert.Equal(1, bypassed.ModifiedCount);
    }

    [Fact]
    public async Task Update_on_a_missing_collection_matches_nothing()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("none");
        var result = await collection.UpdateManyAsync(All, BsonDocument.Parse("{ $set: { a: 1 } }"));
        Assert.Equal(0, result.MatchedCount);
        Assert.Equal(0, result.ModifiedCount);
    }

    [Fact]
    public async Task UpdateOne_with_sort_changes_the_first_document_in_that_order()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, k: 1, rank: 2 }", "{ _id: 2, k: 1, rank: 9 }", "{ _id: 3, k: 1, rank: 5 }");
        var reply = await collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(
            "{ update: 'c', updates: [ { q: { k: 1 }, u: { $set: { top: true } }, sort: { rank: -1 } } ] }"));
        Assert.Equal(1, reply["nModified"].AsInt32);
        var top = await collection.Find(BsonDocument.Parse("{ top: true }")).SingleAsync();
        Assert.Equal(2, top["_id"].AsInt32);
    }

    [Fact]
    public async Task Replacement_upsert_takes_only_the_id_from_the_filter()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        await collection.ReplaceOneAsync(BsonDocument.Parse("{ _id: 3, k: 'ignored' }"), BsonDocument.Parse("{ v: 1 }"), new ReplaceOptions { IsUpsert = true });
        UpdateHarness.AssertSameDocument("{ _id: 3, v: 1 }", await collection.Find(All).SingleAsync());
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() =>
            collection.ReplaceOneAsync(BsonDocument.Parse("{ '_id.a': 1 }"), BsonDocument.Parse("{ v: 1 }"), new ReplaceOptions { IsUpsert = true }));
        Assert.Equal(111, ex.WriteError.Code);
    }

    [Fact]
    public async Task Upsert_filter_that_sets_a_path_twice_is_refused()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() =>
            collection.UpdateOneAsync(BsonDocument.Parse("{ a: { b: 1 }, 'a.b': 1 }"), BsonDocument.Parse("{ $set: { c: 1 } }"), new UpdateOptions { IsUpsert = true }));
        Assert.Equal(54, ex.WriteError.Code);
        Assert.Equal("cannot infer query fields to set, both paths 'a.b' and 'a' are matched", ex.WriteError.Message);
    }
}
