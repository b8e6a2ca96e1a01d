using EmbeddedMongo.Tests.Infrastructure;
using EmbeddedMongo.Tests.Query.Update;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>findAndModify through the driver's FindOneAndUpdate/Replace/Delete and raw commands.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class FindAndModifyTests(MongoTarget target)
{
    private const string Scores = "{ _id: 1, name: 'a', score: 5 }";
    private const string Scores2 = "{ _id: 2, name: 'b', score: 9 }";

    [Fact]
    public async Task FindOneAndUpdate_returns_the_document_before_by_default_and_after_on_request()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, Scores, Scores2);
        var before = await collection.FindOneAndUpdateAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ $inc: { score: 1 } }"));
        UpdateHarness.AssertSameDocument(Scores, before);
        var after = await collection.FindOneAndUpdateAsync(BsonDocument.Parse("{ _id: 1 }"), BsonDocument.Parse("{ $inc: { score: 1 } }"),
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After, Projection = BsonDocument.Parse("{ score: 1 }") });
        UpdateHarness.AssertSameDocument("{ _id: 1, score: 7 }", after);
    }

    [Fact]
    public async Task FindOneAndUpdate_follows_the_sort()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, Scores, Scores2);
        var top = await collection.FindOneAndUpdateAsync(FilterDefinition<BsonDocument>.Empty, BsonDocument.Parse("{ $set: { top: true } }"),
            new FindOneAndUpdateOptions<BsonDocument> { Sort = BsonDocument.Parse("{ score: -1 }"), ReturnDocument = ReturnDocument.After });
        UpdateHarness.AssertSameDocument("{ _id: 2, name: 'b', score: 9, top: true }", top);
    }

    [Fact]
    public async Task FindOneAndUpdate_upserts_and_returns_null_or_the_new_document()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target);
        var none = await collection.FindOneAndUpdateAsync(BsonDocument.Parse("{ _id: 3 }"), BsonDocument.Parse("{ $set: { v: 1 } }"), new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true });
        Assert.Null(none);
        var created = await collection.FindOneAndUpdateAsync(BsonDocument.Parse("{ _id: 4 }"), BsonDocument.Parse("{ $set: { v: 1 } }"),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After });
        UpdateHarness.AssertSameDocument("{ _id: 4, v: 1 }", created);
        Assert.Equal(2, (await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    }

    [Fact]
    public async Task FindOneAndReplace_and_FindOneAndDelete()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, Scores, Scores2);
        var replaced = await collection.FindOneAndReplaceAsync(BsonDocument.Parse("{ name: 'a' }"), BsonDocument.Parse("{ name: 'z' }"),
            new FindOneAndReplaceOptions<BsonDocument> { ReturnDocument = ReturnDocument.After });
        UpdateHarness.AssertSameDocument("{ _id: 1, name: 'z' }", replaced);
        var deleted = await collection.FindOneAndDeleteAsync(FilterDefinition<BsonDocument>.Empty, new FindOneAndDeleteOptions<BsonDocument> { Sort = BsonDocument.Parse("{ _id: -1 }") });
        UpdateHarness.AssertSameDocument(Scores2, deleted);
        Assert.Null(await collection.FindOneAndDeleteAsync(BsonDocument.Parse("{ _id: 2 }")));
    }

    [Fact]
    public async Task Raw_reply_has_lastErrorObject()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, Scores);
        var database = collection.Database;
        var updated = await database.RunCommandAsync<BsonDocument>(BsonDocument.Parse("{ findAndModify: 'c', query: { _id: 1 }, update: { $set: { x: 1 } } }"));
        UpdateHarness.AssertSameDocument("{ n: 1, updatedExisting: true }", updated["lastErrorObject"].AsBsonDocument);
        var upserted = await database.RunCommandAsync<BsonDocument>(BsonDocument.Parse("{ findAndModify: 'c', query: { _id: 9 }, update: { $set: { x: 1 } }, upsert: true, new: true }"));
        UpdateHarness.AssertSameDocument("{ n: 1, updatedExisting: false, upserted: 9 }", upserted["lastErrorObject"].AsBsonDocument);
        UpdateHarness.AssertSameDocument("{ _id: 9, x: 1 }", upserted["value"].AsBsonDocument);
        var removed = await database.RunCommandAsync<BsonDocument>(BsonDocument.Parse("{ findAndModify: 'c', query: { _id: 42 }, remove: true }"));
        UpdateHarness.AssertSameDocument("{ n: 0 }", removed["lastErrorObject"].AsBsonDocument);
        Assert.True(removed["value"].IsBsonNull);
    }

    [Theory]
    [InlineData("{ findAndModify: 'c', query: {} }", 9, "Either an update or remove=true must be specified")]
    [InlineData("{ findAndModify: 'c', remove: true, update: { $set: { a: 1 } } }", 9, "Cannot specify both an update and remove=true")]
    [InlineData("{ findAndModify: 'c', remove: true, new: true }", 9, "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document")]
    [InlineData("{ findAndModify: 'c', update: { $set: { _id: 5 } } }", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{ findAndModify: 'c', update: { $foo: { a: 1 } } }", 9, "Unknown modifier: $foo. Expected a valid update modifier or pipeline-style update specified as an array")]
    public async Task Invalid_findAndModify_is_a_command_error(string command, int code, string message)
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, Scores);
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(command)));
        Assert.Equal(code, ex.Code);
        Assert.Equal(message, ex.ErrorMessage);
    }
}
