using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>listDatabases: the databases that hold at least one collection.</summary>
public sealed class ListDatabasesCommand : CommandHandler
{
    public override string Name => "listDatabases";

    public override string Help => "lists databases: {listDatabases: 1, nameOnly, filter}";

    public override IReadOnlyCollection<string> Fields { get; } = ["nameOnly", "filter", "authorizedDatabases"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["filter"] = IdlType.Object,
        ["nameOnly"] = IdlType.SafeBool,
        ["authorizedDatabases"] = IdlType.OptionalBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var nameOnly = CommandArgs.OptionalBool(context.Command, "nameOnly", false);
        var filterDocument = CommandArgs.OptionalDocument(context.Command, "filter");
        var filter = filterDocument is null ? Filter.MatchAll : Filter.Parse(filterDocument);
        return Task.FromResult(context.Storage.Read(() =>
        {
            var list = new BsonArray();
            long total = 0;
            foreach (var db in context.Storage.Databases.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                var size = db.Collections.Values.Sum(c => (long)c.Count * 256);
                var entry = nameOnly
                    ? new BsonDocument("name", db.Name)
                    : new BsonDocument { { "name", db.Name }, { "sizeOnDisk", size }, { "empty", db.Collections.Values.All(c => c.Count == 0) } };
                if (filter.Matches(entry))
                {
                    list.Add(entry);
                    total += size;
                }
            }

            var reply = new BsonDocument("databases", list);
            if (!nameOnly)
            {
                reply["totalSize"] = total;
            }

            reply["ok"] = 1.0;
            return reply;
        }));
    }
}
