using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>listCollections: the collections of a database with their options, as a cursor.</summary>
public sealed class ListCollectionsCommand : CommandHandler
{
    public override string Name => "listCollections";

    public override string Help => "lists collections: {listCollections: 1, filter, nameOnly, cursor}";

    public override IReadOnlyCollection<string> Fields { get; } = ["filter", "nameOnly", "cursor", "authorizedCollections", "includePendingDrops"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["filter"] = IdlType.Object,
        ["nameOnly"] = IdlType.SafeBool,
        ["authorizedCollections"] = IdlType.SafeBool,
        ["cursor"] = IdlType.Object,
        ["includePendingDrops"] = IdlType.SafeBool,
    };

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var nameOnly = CommandArgs.OptionalBool(command, "nameOnly", false);
        var filterDocument = CommandArgs.OptionalDocument(command, "filter");
        var filter = filterDocument is null ? Filter.MatchAll : Filter.Parse(filterDocument);
        var cursorOptions = CommandArgs.OptionalDocument(command, "cursor");
        var entries = context.Storage.Read(() =>
        {
            var db = context.Storage.FindDatabase(context.Database);
            var list = new List<BsonDocument>();
            if (db is null)
            {
                return list;
            }

            foreach (var collection in db.Collections.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                var full = new BsonDocument
                {
                    { "name", collection.Name },
                    { "type", "collection" },
                    { "options", collection.Options },
                    { "info", new BsonDocument { { "readOnly", false }, { "uuid", new BsonBinaryData(collection.Uuid, GuidRepresentation.Standard) } } },
                    { "idIndex", new BsonDocument { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } } },
                };
                if (filter.Matches(full))
                {
                    list.Add(nameOnly ? new BsonDocument { { "name", collection.Name }, { "type", "collection" } } : full);
                }
            }

            return list;
        });
        var cursor = new EnumeratorCursor(context.Database + ".$cmd.listCollections", entries);
        return await CursorReply.FirstBatchAsync(context, cursor, CursorReply.BatchSize("listCollections.cursor", cursorOptions?.GetValue("batchSize", BsonNull.Value)) ?? int.MaxValue);
    }
}
