using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>getMore: the next batch of an open cursor.</summary>
public sealed class GetMoreCommand : CommandHandler
{
    public override string Name => "getMore";

    public override string Help => "continues a cursor: {getMore: <cursor id>, collection, batchSize, maxTimeMS}";

    public override IReadOnlyCollection<string> Fields { get; } = ["collection", "batchSize", "term", "lastKnownCommittedOpTime"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["collection"] = IdlType.String,
        ["batchSize"] = IdlType.SafeInt64,
        ["term"] = IdlType.Long,
    };

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        if (command["getMore"] is not BsonInt64 idValue)
        {
            throw CommandArgs.WrongType("getMore", "getMore", command["getMore"], "long");
        }

        var collection = CommandArgs.OptionalString(command, "collection") ?? throw Errors.Location(40414, "BSON field 'getMore.collection' is missing but a required field");
        var batchSize = CursorReply.BatchSize("getMore", command.GetValue("batchSize", BsonNull.Value));
        var cursor = context.Server.Cursors.Find(idValue.Value) ?? throw Errors.CursorNotFound(idValue.Value);
        var ns = context.Database + "." + collection;
        if (cursor.Namespace != ns)
        {
            throw Errors.Unauthorized($"Requested getMore on namespace '{ns}', but cursor belongs to a different namespace {cursor.Namespace}");
        }

        if (cursor.InUse)
        {
            throw Errors.Make(292, "CursorInUse", $"Cursor already in use (namespace: '{ns}', id: {idValue.Value}).");
        }

        TimeSpan? maxAwait = command.TryGetValue("maxTimeMS", out var max) && Query.BsonOrder.IsNumber(max)
            ? TimeSpan.FromMilliseconds(Query.Numeric.ToDouble(max))
            : null;
        cursor.InUse = true;
        Storage.CursorBatch batch;
        try
        {
            context.Server.Statistics.CountGetMore();
            batch = await cursor.NextBatchAsync(batchSize, maxAwait, context.CancellationToken);
        }
        catch
        {
            context.Server.Cursors.Kill(cursor.Id);
            throw;
        }
        finally
        {
            cursor.InUse = false;
            cursor.LastUsedUtc = DateTime.UtcNow;
        }

        var id = cursor.Id;
        if (batch.Exhausted)
        {
            context.Server.Cursors.Kill(id);
            id = 0;
        }

        return CursorReply.Build(cursor.Namespace, id, "nextBatch", batch);
    }
}
