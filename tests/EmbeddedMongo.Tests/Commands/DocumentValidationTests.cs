using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>
/// A collection validator refuses documents with 121 DocumentValidationFailure and errInfo details,
/// whichever write brings them: insert, update, replace, upsert, findAndModify. The refused write
/// changes nothing; bypassDocumentValidation and validationLevel 'moderate' behave as the manual says.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class DocumentValidationTests(MongoTarget target)
{
    private static readonly BsonDocument QtyRule = BsonDocument.Parse("{qty: {$type: 'int', $gte: 0}}");

    private async Task<IMongoCollection<BsonDocument>> ItemsAsync(string level = "strict")
    {
        var database = target.NewDatabase("validation");
        await database.RunCommandAsync<BsonDocument>(new BsonDocument { { "create", "items" }, { "validator", QtyRule }, { "validationLevel", level } });
        return database.GetCollection<BsonDocument>("items");
    }

    private static void AssertRefused(WriteError error, BsonValue id)
    {
        Assert.Equal(121, error.Code);
        Assert.Equal("Document failed validation", error.Message);
        Assert.Equal(id, error.Details["failingDocumentId"]);
        Assert.False(string.IsNullOrEmpty(error.Details["details"]["operatorName"].AsString));
    }

    [Fact]
    public async Task Update_that_breaks_the_rule_is_refused_and_the_document_is_unchanged()
    {
        var items = await ItemsAsync();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", 5 } });

        var error = await Assert.ThrowsAsync<MongoWriteException>(() => items.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("qty", -1))));

        AssertRefused(error.WriteError, 1);
        Assert.Equal(5, (await items.Find(new BsonDocument("_id", 1)).SingleAsync())["qty"].AsInt32);
    }

    [Fact]
    public async Task Details_name_the_operator_that_failed_among_several_on_one_field()
    {
        var items = await ItemsAsync();

        var error = await Assert.ThrowsAsync<MongoWriteException>(() => items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", -1 } }));

        Assert.Equal(
            BsonDocument.Parse("{operatorName: '$and', clausesNotSatisfied: [{index: 1, details: {operatorName: '$gte', specifiedAs: {qty: {$gte: 0}}, reason: 'comparison failed', consideredValue: -1}}]}"),
            error.WriteError.Details["details"]);
    }

    [Fact]
    public async Task Replacement_and_upsert_that_break_the_rule_are_refused()
    {
        var items = await ItemsAsync();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", 5 } });

        var replace = await Assert.ThrowsAsync<MongoWriteException>(() => items.ReplaceOneAsync(new BsonDocument("_id", 1), new BsonDocument("qty", "five")));
        var upsert = await Assert.ThrowsAsync<MongoWriteException>(() => items.UpdateOneAsync(
            new BsonDocument("_id", 2), new BsonDocument("$set", new BsonDocument("qty", 1.5)), new UpdateOptions { IsUpsert = true }));

        AssertRefused(replace.WriteError, 1);
        AssertRefused(upsert.WriteError, 2);
        Assert.Equal(1, await items.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Fact]
    public async Task Unordered_insert_keeps_the_valid_documents_and_reports_each_refused_one()
    {
        var items = await ItemsAsync();
        var documents = new[] { 3, -1, 7, -2 }.Select((qty, i) => new BsonDocument { { "_id", i }, { "qty", qty } });

        var error = await Assert.ThrowsAsync<MongoBulkWriteException<BsonDocument>>(() => items.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }));

        Assert.Equal([1, 3], error.WriteErrors.Select(e => e.Index));
        Assert.All(error.WriteErrors, e => Assert.Equal(121, e.Code));
        Assert.Equal([0, 2], (await items.Find(FilterDefinition<BsonDocument>.Empty).SortBy(d => d["_id"]).ToListAsync()).Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task FindAndModify_that_breaks_the_rule_fails_the_command_with_errInfo()
    {
        var items = await ItemsAsync();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", 5 } });

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => items.FindOneAndUpdateAsync(
            new BsonDocument("_id", 1), new BsonDocument("$inc", new BsonDocument("qty", -10))));

        Assert.Equal(121, error.Code);
        Assert.Equal(1, error.Result["errInfo"]["failingDocumentId"].AsInt32);
        Assert.Equal(5, (await items.Find(new BsonDocument("_id", 1)).SingleAsync())["qty"].AsInt32);
    }

    [Fact]
    public async Task Bypass_document_validation_lets_a_refused_document_in()
    {
        var items = await ItemsAsync();

        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", -3 } }, new InsertOneOptions { BypassDocumentValidation = true });

        Assert.Equal(-3, (await items.Find(new BsonDocument("_id", 1)).SingleAsync())["qty"].AsInt32);
    }

    [Fact]
    public async Task Moderate_level_lets_already_invalid_documents_be_updated_but_guards_valid_ones()
    {
        var items = await ItemsAsync("moderate");
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "qty", -3 } }, new InsertOneOptions { BypassDocumentValidation = true });
        await items.InsertOneAsync(new BsonDocument { { "_id", 2 }, { "qty", 3 } });

        await items.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("qty", -4)));
        var error = await Assert.ThrowsAsync<MongoWriteException>(() => items.UpdateOneAsync(new BsonDocument("_id", 2), new BsonDocument("$set", new BsonDocument("qty", -4))));

        Assert.Equal(-4, (await items.Find(new BsonDocument("_id", 1)).SingleAsync())["qty"].AsInt32);
        AssertRefused(error.WriteError, 2);
    }
}
