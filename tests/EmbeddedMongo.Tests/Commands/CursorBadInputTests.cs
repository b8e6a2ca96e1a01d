using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>
/// Cursor abuse: huge, zero and negative batch sizes and limits, cursors killed twice or used after
/// they were killed. The server answers MongoDB's codes and keeps every other cursor working.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class CursorBadInputTests(MongoTarget target)
{
    private async Task<IMongoDatabase> SeedAsync(int count)
    {
        var database = target.NewDatabase("cursors");
        await database.GetCollection<BsonDocument>("items").InsertManyAsync(Enumerable.Range(0, count).Select(i => new BsonDocument { { "_id", i }, { "i", i } }));
        return database;
    }

    private static Task<BsonDocument> RunAsync(IMongoDatabase database, string command)
        => database.RunCommandAsync<BsonDocument>(BsonDocument.Parse(command));

    [Theory]
    [InlineData("{find: 'items', batchSize: NumberLong('1000000000000')}")]
    [InlineData("{find: 'items', limit: NumberLong('9223372036854775807')}")]
    [InlineData("{find: 'items', batchSize: 1e300}")]
    [InlineData("{aggregate: 'items', pipeline: [], cursor: {batchSize: NumberLong('1000000000000')}}")]
    public async Task Huge_batch_size_or_limit_answers_everything_in_the_first_batch(string command)
    {
        var database = await SeedAsync(7);

        var reply = await RunAsync(database, command);

        Assert.Equal(7, reply["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Equal(0L, reply["cursor"]["id"].ToInt64());
    }

    [Fact]
    public async Task Batch_size_zero_opens_a_cursor_with_an_empty_first_batch()
    {
        var database = await SeedAsync(7);

        var reply = await RunAsync(database, "{find: 'items', batchSize: 0}");
        var id = reply["cursor"]["id"].ToInt64();
        var more = await RunAsync(database, $"{{getMore: NumberLong({id}), collection: 'items'}}");

        Assert.Empty(reply["cursor"]["firstBatch"].AsBsonArray);
        Assert.NotEqual(0L, id);
        Assert.Equal(7, more["cursor"]["nextBatch"].AsBsonArray.Count);
        Assert.Equal(0L, more["cursor"]["id"].ToInt64());
    }

    [Fact]
    public async Task A_batch_stops_at_16_megabytes_however_large_the_batch_size()
    {
        var database = target.NewDatabase("cursors");
        var big = new string('x', 1024 * 1024);
        await database.GetCollection<BsonDocument>("items").InsertManyAsync(Enumerable.Range(0, 20).Select(i => new BsonDocument { { "_id", i }, { "pad", big } }));

        var reply = await RunAsync(database, "{find: 'items', batchSize: 1000000}");
        var first = reply["cursor"]["firstBatch"].AsBsonArray.Count;
        var more = await RunAsync(database, $"{{getMore: NumberLong({reply["cursor"]["id"].ToInt64()}), collection: 'items', batchSize: 1000000}}");

        Assert.InRange(first, 1, 16);
        Assert.Equal(20 - first, more["cursor"]["nextBatch"].AsBsonArray.Count);
        Assert.Equal(0L, more["cursor"]["id"].ToInt64());
    }

    [Theory]
    [InlineData("{find: 'items', batchSize: -1}", "BSON field 'batchSize' value must be >= 0, actual value '-1'")]
    [InlineData("{find: 'items', limit: -1}", "BSON field 'limit' value must be >= 0, actual value '-1'")]
    [InlineData("{find: 'items', skip: -5}", "BSON field 'skip' value must be >= 0, actual value '-5'")]
    [InlineData("{aggregate: 'items', pipeline: [], cursor: {batchSize: -1}}", "BSON field 'batchSize' value must be >= 0, actual value '-1'")]
    public async Task Negative_batch_size_limit_or_skip_is_refused_with_51024(string command, string message)
    {
        var database = await SeedAsync(3);

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(database, command));

        Assert.Equal(51024, error.Code);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public async Task Count_refuses_a_negative_skip_and_counts_a_negative_limit_like_its_absolute_value()
    {
        var database = await SeedAsync(7);

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(database, "{count: 'items', skip: -1}"));
        var counted = await RunAsync(database, "{count: 'items', query: {}, limit: -3}");

        Assert.Equal(2, error.Code);
        Assert.Equal(3, counted["n"].ToInt32());
    }

    [Fact]
    public async Task Killing_a_cursor_twice_reports_it_not_found_the_second_time()
    {
        var database = await SeedAsync(10);
        var reply = await RunAsync(database, "{find: 'items', batchSize: 2}");
        var id = reply["cursor"]["id"].ToInt64();

        var first = await RunAsync(database, $"{{killCursors: 'items', cursors: [NumberLong({id})]}}");
        var second = await RunAsync(database, $"{{killCursors: 'items', cursors: [NumberLong({id})]}}");

        Assert.Equal(new BsonArray { id }, first["cursorsKilled"].AsBsonArray);
        Assert.Empty(first["cursorsNotFound"].AsBsonArray);
        Assert.Empty(second["cursorsKilled"].AsBsonArray);
        Assert.Equal(new BsonArray { id }, second["cursorsNotFound"].AsBsonArray);
    }

    [Fact]
    public async Task GetMore_on_a_killed_cursor_is_CursorNotFound_and_other_cursors_carry_on()
    {
        var database = await SeedAsync(10);
        var killed = (await RunAsync(database, "{find: 'items', batchSize: 2}"))["cursor"]["id"].ToInt64();
        var alive = (await RunAsync(database, "{find: 'items', batchSize: 3}"))["cursor"]["id"].ToInt64();
        await RunAsync(database, $"{{killCursors: 'items', cursors: [NumberLong({killed})]}}");

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(database, $"{{getMore: NumberLong({killed}), collection: 'items'}}"));
        var more = await RunAsync(database, $"{{getMore: NumberLong({alive}), collection: 'items'}}");

        Assert.Equal(43, error.Code);
        Assert.Equal("CursorNotFound", error.CodeName);
        Assert.Equal($"cursor id {killed} not found", error.ErrorMessage);
        Assert.Equal(7, more["cursor"]["nextBatch"].AsBsonArray.Count);
    }

    [Fact]
    public async Task GetMore_after_the_cursor_was_exhausted_is_CursorNotFound()
    {
        var database = await SeedAsync(3);
        var id = (await RunAsync(database, "{find: 'items', batchSize: 2}"))["cursor"]["id"].ToInt64();
        var last = await RunAsync(database, $"{{getMore: NumberLong({id}), collection: 'items'}}");

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(database, $"{{getMore: NumberLong({id}), collection: 'items'}}"));

        Assert.Equal(0L, last["cursor"]["id"].ToInt64());
        Assert.Equal(43, error.Code);
    }

    [Fact]
    public async Task GetMore_on_another_collection_is_refused_and_leaves_the_cursor_usable()
    {
        var database = await SeedAsync(5);
        var id = (await RunAsync(database, "{find: 'items', batchSize: 2}"))["cursor"]["id"].ToInt64();

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => RunAsync(database, $"{{getMore: NumberLong({id}), collection: 'other'}}"));
        var more = await RunAsync(database, $"{{getMore: NumberLong({id}), collection: 'items'}}");

        Assert.Equal(13, error.Code);
        Assert.Equal(3, more["cursor"]["nextBatch"].AsBsonArray.Count);
    }
}
