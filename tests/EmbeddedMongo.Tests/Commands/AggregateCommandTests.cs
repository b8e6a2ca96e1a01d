using EmbeddedMongo.Tests.Aggregation;
using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class AggregateCommandTests(MongoTarget target)
{
    [Fact]
    public async Task CountDocuments_counts_matching_documents_through_aggregate()
    {
        var collection = await Aggregate.SeedAsync(target, "[{k: 1}, {k: 2}, {k: 1}, {k: 1}]");
        Assert.Equal(3, await collection.CountDocumentsAsync(new BsonDocument("k", 1)));
        Assert.Equal(4, await collection.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
        Assert.Equal(2, await collection.CountDocumentsAsync(new BsonDocument("k", 1), new CountOptions { Limit = 2 }));
        Assert.Equal(1, await collection.CountDocumentsAsync(new BsonDocument("k", 1), new CountOptions { Skip = 2 }));
    }

    [Fact]
    public async Task CountDocuments_of_a_missing_collection_is_zero()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("none");
        Assert.Equal(0, await collection.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Fact]
    public async Task Large_result_is_read_through_getMore_batches()
    {
        var collection = await Aggregate.SeedAsync(target, Enumerable.Range(0, 250).Select(i => new BsonDocument("i", i)).ToArray());
        var pipeline = PipelineDefinition<BsonDocument, BsonDocument>.Create(Aggregate.Stages("[{$skip: 5}]"));
        using var cursor = await collection.AggregateAsync(pipeline, new AggregateOptions { BatchSize = 10 });
        var batches = 0;
        var seen = new List<int>();
        while (await cursor.MoveNextAsync())
        {
            batches++;
            seen.AddRange(cursor.Current.Select(d => d["i"].AsInt32));
        }

        Assert.Equal(Enumerable.Range(5, 245), seen);
        Assert.True(batches >= 25);
    }

    [Fact]
    public async Task Reply_has_cursor_with_first_batch_id_and_namespace()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}, {_id: 3}]");
        var reply = await Aggregate.CommandAsync(collection.Database, "{aggregate: 'c', pipeline: [], cursor: {batchSize: 2}}");
        var cursor = reply["cursor"].AsBsonDocument;
        Assert.Equal(2, cursor["firstBatch"].AsBsonArray.Count);
        Assert.NotEqual(0L, cursor["id"].ToInt64());
        Assert.Equal(collection.CollectionNamespace.FullName, cursor["ns"].AsString);
        var more = await Aggregate.CommandAsync(collection.Database, $"{{getMore: NumberLong({cursor["id"].ToInt64()}), collection: 'c'}}");
        Assert.Single(more["cursor"]["nextBatch"].AsBsonArray);
        Assert.Equal(0L, more["cursor"]["id"].ToInt64());
    }

    [Fact]
    public async Task Batch_size_zero_returns_an_empty_first_batch_and_an_open_cursor()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        var reply = await Aggregate.CommandAsync(collection.Database, "{aggregate: 'c', pipeline: [], cursor: {batchSize: 0}}");
        Assert.Empty(reply["cursor"]["firstBatch"].AsBsonArray);
        var id = reply["cursor"]["id"].ToInt64();
        Assert.NotEqual(0L, id);
        var more = await Aggregate.CommandAsync(collection.Database, $"{{getMore: NumberLong({id}), collection: 'c'}}");
        Assert.Equal(2, more["cursor"]["nextBatch"].AsBsonArray.Count);
    }

    [Fact]
    public async Task Aggregate_one_runs_over_literal_documents()
    {
        var database = target.NewDatabase();
        var reply = await Aggregate.CommandAsync(database, "{aggregate: 1, pipeline: [{$documents: [{x: 1}, {x: 2}]}, {$skip: 1}], cursor: {}}");
        Aggregate.Same("[{x: 2}]", reply["cursor"]["firstBatch"].AsBsonArray.Select(v => v.AsBsonDocument));
        Assert.Equal(database.DatabaseNamespace.DatabaseName + ".$cmd.aggregate", reply["cursor"]["ns"].AsString);
    }

    [Fact]
    public async Task Aggregate_on_a_missing_collection_is_empty()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("none");
        Assert.Empty(await Aggregate.RunAsync(collection, "[{$match: {}}]"));
    }

    [Theory]
    [InlineData("{aggregate: 'c', pipeline: [{$foo: 1}], cursor: {}}", 40324, "Unrecognized pipeline stage name: '$foo'")]
    [InlineData("{aggregate: 'c', pipeline: [{$limit: 1, $skip: 1}], cursor: {}}", 40323, "A pipeline stage specification object must contain exactly one field.")]
    [InlineData("{aggregate: 'c', pipeline: [{}], cursor: {}}", 40323, "A pipeline stage specification object must contain exactly one field.")]
    [InlineData("{aggregate: 'c', pipeline: [1], cursor: {}}", 14, null)]
    [InlineData("{aggregate: 'c', pipeline: {}, cursor: {}}", 14, null)]
    [InlineData("{aggregate: 'c', cursor: {}}", 40414, "BSON field 'aggregate.pipeline' is missing but a required field")]
    [InlineData("{aggregate: 'c', pipeline: []}", 9, "The 'cursor' option is required, except for aggregate with the explain argument")]
    [InlineData("{aggregate: 'c', pipeline: [], cursor: {batchSize: -1}}", 51024, null)]
    [InlineData("{aggregate: 'c', pipeline: [], cursor: {}, foo: 1}", 40415, "BSON field 'aggregate.foo' is an unknown field.")]
    [InlineData("{aggregate: 'c', pipeline: [{$documents: []}], cursor: {}}", 73, null)]
    public async Task Malformed_aggregate_commands_fail_with_the_server_code(string command, int code, string? message)
    {
        var database = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => Aggregate.CommandAsync(database, command));
        Assert.Equal(code, ex.Code);
        if (message is not null)
        {
            Assert.Equal(message, ex.ErrorMessage);
        }
    }

    [Fact]
    public async Task Options_allowDiskUse_comment_and_hint_are_accepted()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        var reply = await Aggregate.CommandAsync(collection.Database,
            "{aggregate: 'c', pipeline: [{$match: {_id: 2}}], cursor: {}, allowDiskUse: true, comment: 'why', hint: {_id: 1}}");
        Aggregate.Same("[{_id: 2}]", reply["cursor"]["firstBatch"].AsBsonArray.Select(v => v.AsBsonDocument));
    }

    [Fact]
    public async Task Explain_reports_the_plan_of_the_leading_match()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        var reply = await Aggregate.CommandAsync(collection.Database, "{aggregate: 'c', pipeline: [{$match: {_id: 2}}, {$count: 'n'}], explain: true}");
        Assert.Equal(1.0, reply["ok"].ToDouble());
        var planner = reply.Contains("queryPlanner") ? reply["queryPlanner"] : reply["stages"][0]["$cursor"]["queryPlanner"];
        Assert.Equal(collection.CollectionNamespace.FullName, planner["namespace"].AsString);
        Assert.Contains(planner["winningPlan"]["stage"].AsString, new[] { "IDHACK", "EXPRESS_IXSCAN", "FETCH" });
    }

    [Fact]
    public async Task Let_variables_of_the_command_are_visible_to_the_pipeline()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: 2}]");
        var reply = await Aggregate.CommandAsync(collection.Database,
            "{aggregate: 'c', pipeline: [{$project: {v: {$multiply: ['$a', '$$factor']}, s: '$$label'}}], cursor: {}, let: {factor: 10, label: {$concat: ['x', 'y']}}}");
        Aggregate.Same("[{_id: 1, v: 20, s: 'xy'}]", reply["cursor"]["firstBatch"].AsBsonArray.Select(v => v.AsBsonDocument));
    }
}
