using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>
/// Unknown fields, options and operators: the IDL-strict commands refuse an unknown field with 40415
/// before doing anything, filters refuse unknown operators with 2 BadValue. Nothing is ignored.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class UnknownInputTests(MongoTarget target)
{
    private async Task<IMongoDatabase> SeedAsync()
    {
        var database = target.NewDatabase("unknown");
        var items = database.GetCollection<BsonDocument>("items");
        await items.InsertManyAsync([new BsonDocument { { "_id", 1 }, { "a", 1 } }, new BsonDocument { { "_id", 2 }, { "a", 2 } }]);
        await items.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)));
        return database;
    }

    [Theory]
    [InlineData("aggregate")]
    [InlineData("collMod")]
    [InlineData("count")]
    [InlineData("create")]
    [InlineData("createIndexes")]
    [InlineData("delete")]
    [InlineData("distinct")]
    [InlineData("dropIndexes")]
    [InlineData("find")]
    [InlineData("findAndModify")]
    [InlineData("getMore")]
    [InlineData("insert")]
    [InlineData("killCursors")]
    [InlineData("listCollections")]
    [InlineData("listIndexes")]
    [InlineData("update")]
    public async Task Strict_command_refuses_an_unknown_field_and_does_nothing(string command)
    {
        var database = await SeedAsync();
        var document = BsonDocument.Parse(CommandFieldTypeTests.Valid[command]);
        document["foo"] = 1;

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(document));

        Assert.Equal(40415, error.Code);
        Assert.Equal($"BSON field '{command}.foo' is an unknown field.", error.ErrorMessage);
        var items = await database.GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).SortBy(d => d["_id"]).ToListAsync();
        Assert.Equal([new BsonDocument { { "_id", 1 }, { "a", 1 } }, new BsonDocument { { "_id", 2 }, { "a", 2 } }], items);
        Assert.Equal(["items"], await (await database.ListCollectionNamesAsync()).ToListAsync());
    }

    [Theory]
    [InlineData("{update: 'items', updates: [{q: {}, u: {$set: {b: 1}}}, {q: {}, u: {$set: {c: 1}}, foo: 1}]}", "BSON field 'update.updates.foo' is an unknown field.")]
    [InlineData("{delete: 'items', deletes: [{q: {_id: 1}, limit: 1}, {q: {}, limit: 0, foo: 1}]}", "BSON field 'delete.deletes.foo' is an unknown field.")]
    [InlineData("{aggregate: 'items', pipeline: [], cursor: {batchSize: 1, foo: 1}}", "BSON field 'cursor.foo' is an unknown field.")]
    public async Task Unknown_field_in_a_statement_fails_the_whole_command_before_any_write(string command, string message)
    {
        var database = await SeedAsync();

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(command)));

        Assert.Equal(40415, error.Code);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(2, await database.GetCollection<BsonDocument>("items").CountDocumentsAsync(new BsonDocument { { "b", new BsonDocument("$exists", false) } }));
    }

    [Fact]
    public async Task A_malformed_second_statement_fails_the_command_and_the_first_is_not_applied()
    {
        var database = await SeedAsync();

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(
            "{update: 'items', updates: [{q: {_id: 1}, u: {$set: {b: 1}}}, {q: 'not a filter', u: {$set: {b: 2}}}]}")));

        Assert.Equal(14, error.Code);
        Assert.Equal(0, await database.GetCollection<BsonDocument>("items").CountDocumentsAsync(new BsonDocument("b", new BsonDocument("$exists", true))));
    }

    [Theory]
    [InlineData("{a: {$foo: 1}}", "unknown operator: $foo")]
    [InlineData("{$foo: 1}", "unknown top level operator: $foo. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.")]
    [InlineData("{$not: {a: 1}}", "unknown top level operator: $not. If you are trying to negate an entire expression, use $nor.")]
    [InlineData("{$and: [{a: {$bar: 2}}]}", "unknown operator: $bar")]
    public async Task Unknown_query_operator_is_BadValue_in_every_command_that_filters(string filter, string message)
    {
        var database = await SeedAsync();
        var items = database.GetCollection<BsonDocument>("items");
        var query = BsonDocument.Parse(filter);

        var find = await Assert.ThrowsAsync<MongoCommandException>(() => items.Find(query).ToListAsync());
        var count = await Assert.ThrowsAsync<MongoCommandException>(() => items.CountDocumentsAsync(query));
        var distinct = await Assert.ThrowsAsync<MongoCommandException>(() => items.DistinctAsync<int>("a", query));
        var update = await Assert.ThrowsAsync<MongoWriteException>(() => items.UpdateManyAsync(query, new BsonDocument("$set", new BsonDocument("b", 1))));
        var delete = await Assert.ThrowsAsync<MongoWriteException>(() => items.DeleteManyAsync(query));

        Assert.All([find.Code, count.Code, distinct.Code, update.WriteError.Code, delete.WriteError.Code], code => Assert.Equal(2, code));
        Assert.All([find.ErrorMessage, count.ErrorMessage, distinct.ErrorMessage, update.WriteError.Message, delete.WriteError.Message], m => Assert.Equal(message, m));
        Assert.Equal(2, await items.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Theory]
    [InlineData("{$foo: {a: 1}}", 9, "Unknown modifier: $foo. Expected a valid update modifier or pipeline-style update specified as an array")]
    [InlineData("{$set: {a: 1}, b: 2}", 9, "Unknown modifier: b. Expected a valid update modifier or pipeline-style update specified as an array")]
    public async Task Unknown_update_operator_is_refused_and_nothing_changes(string update, int code, string message)
    {
        var database = await SeedAsync();
        var items = database.GetCollection<BsonDocument>("items");

        // Sent raw: the driver itself refuses to send an update document that mixes operators and fields.
        var reply = await database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "update", "items" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "u", BsonDocument.Parse(update) }, { "multi", true } } } },
        });

        var error = reply["writeErrors"][0];
        Assert.Equal(code, error["code"].AsInt32);
        Assert.Equal(message, error["errmsg"].AsString);
        Assert.Equal(0, reply["nModified"].AsInt32);
        Assert.Equal(0, await items.CountDocumentsAsync(new BsonDocument("b", new BsonDocument("$exists", true))));
    }

    [Theory]
    [InlineData("[{$foo: {}}]", 40324, "Unrecognized pipeline stage name: '$foo'")]
    [InlineData("[{$project: {x: {$foo: 1}}}]", 168, "Unrecognized expression '$foo'")]
    [InlineData("[{$group: {_id: null, x: {$foo: '$a'}}}]", 15952, "unknown group operator '$foo'")]
    public async Task Unknown_stage_expression_or_accumulator_is_refused(string pipeline, int code, string message)
    {
        var database = await SeedAsync();

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(
            BsonDocument.Parse($"{{aggregate: 'items', pipeline: {pipeline}, cursor: {{}}}}")));

        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.ErrorMessage);
    }
}
