using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>find: filter, sort, skip, limit and projection over one collection, answered with a cursor.</summary>
public sealed class FindCommand : CommandHandler
{
    public override string Name => "find";

    public override string Help => "queries a collection: {find: coll, filter, sort, projection, skip, limit, batchSize}";

    public override IReadOnlyCollection<string> Fields { get; } =
    [
        "filter", "sort", "projection", "hint", "skip", "limit", "batchSize", "singleBatch", "max", "min",
        "returnKey", "showRecordId", "tailable", "oplogReplay", "noCursorTimeout", "awaitData",
        "allowPartialResults", "collation", "allowDiskUse", "let", "readOnce", "explain",
    ];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["filter"] = IdlType.FindObject,
        ["projection"] = IdlType.FindObject,
        ["sort"] = IdlType.FindObject,
        ["min"] = IdlType.FindObject,
        ["max"] = IdlType.FindObject,
        ["collation"] = IdlType.FindObject,
        ["hint"] = IdlType.IndexHint,
        ["skip"] = IdlType.SafeInt64,
        ["limit"] = IdlType.SafeInt64,
        ["batchSize"] = IdlType.SafeInt64,
        ["singleBatch"] = IdlType.OptionalBool,
        ["allowDiskUse"] = IdlType.OptionalBool,
        ["returnKey"] = IdlType.OptionalBool,
        ["showRecordId"] = IdlType.OptionalBool,
        ["tailable"] = IdlType.OptionalBool,
        ["noCursorTimeout"] = IdlType.OptionalBool,
        ["awaitData"] = IdlType.OptionalBool,
        ["allowPartialResults"] = IdlType.OptionalBool,
        ["readOnce"] = IdlType.OptionalBool,
        ["oplogReplay"] = IdlType.FindBool,
        ["let"] = IdlType.Object,
    };

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var request = FindRequest.Parse(context.Command);
        var ns = context.Database + "." + request.Collection;
        context.Server.Statistics.CountQuery();
        var documents = context.Storage.Read(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, request.Collection);
            var plan = QueryPlanner.Plan(collection, request.FilterDocument, request.SortDocument, request.Hint);
            return request.Execute(plan);
        });
        var cursor = new EnumeratorCursor(ns, documents)
        {
            NoTimeout = request.NoCursorTimeout,
        };
        var batchSize = request.BatchSize;
        if (request.Limit is > 0 && (batchSize is null || batchSize > request.Limit))
        {
            batchSize = (int)Math.Min(request.Limit.Value, int.MaxValue);
        }

        return await CursorReply.FirstBatchAsync(context, cursor, batchSize, request.SingleBatch);
    }
}
