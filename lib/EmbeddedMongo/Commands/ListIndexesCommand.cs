using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>listIndexes: the indexes of a collection ({v, key, name, options}) as a cursor.</summary>
public sealed class ListIndexesCommand : CommandHandler
{
    public override string Name => "listIndexes";

    public override string Help => "lists a collection's indexes: {listIndexes: coll, cursor: {batchSize}}";

    public override IReadOnlyCollection<string> Fields { get; } = ["cursor", "includeBuildUUIDs", "includeIndexBuildInfo"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["cursor"] = IdlType.Object,
        ["includeBuildUUIDs"] = IdlType.SafeBool,
        ["includeIndexBuildInfo"] = IdlType.SafeBool,
    };

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var cursorOptions = CommandArgs.OptionalDocument(command, "cursor");
        var specs = context.Storage.Read(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, collectionName)
                ?? throw Errors.NamespaceNotFound($"ns does not exist: {context.Database}.{collectionName}");
            return collection.Indexes.Select(i => i.Spec).ToList();
        });
        var cursor = new EnumeratorCursor($"{context.Database}.$cmd.listIndexes.{collectionName}", specs);
        return await CursorReply.FirstBatchAsync(context, cursor, CursorReply.BatchSize("listIndexes.cursor", cursorOptions?.GetValue("batchSize", BsonNull.Value)));
    }
}
