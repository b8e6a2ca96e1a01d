using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// renameCollection (admin only): {renameCollection: "db.from", to: "db.to", dropTarget}. The
/// documents, indexes and options move; an existing target is replaced only with dropTarget.
/// </summary>
public sealed class RenameCollectionCommand : CommandHandler
{
    public override string Name => "renameCollection";

    public override string Help => "renames a collection: {renameCollection: \"db.from\", to: \"db.to\", dropTarget: false} (admin)";

    public override IReadOnlyCollection<string> Fields { get; } = ["to", "dropTarget", "stayTemp", "collectionUUID", "newTargetCollectionUuid"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["to"] = IdlType.String,
        ["stayTemp"] = IdlType.SafeBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        if (context.Database != "admin")
        {
            throw Errors.Unauthorized("renameCollection may only be run against the admin database.");
        }

        if (command[0] is not BsonString source)
        {
            throw CommandArgs.WrongType("renameCollection", "renameCollection", command[0], "string");
        }

        var target = CommandArgs.OptionalString(command, "to") ?? throw Errors.Location(40414, "BSON field 'renameCollection.to' is missing but a required field");
        var dropTarget = CommandArgs.OptionalBool(command, "dropTarget", false);
        var (fromDb, fromColl) = Split(source.Value, "source");
        var (toDb, toColl) = Split(target, "target");
        return Task.FromResult(context.Storage.Write(() =>
        {
            var collection = context.Storage.FindCollection(fromDb, fromColl)
                ?? throw Errors.NamespaceNotFound($"Source collection {source.Value} does not exist");
            if (source.Value == target)
            {
                throw Errors.IllegalOperation("Can't rename a collection to itself");
            }

            if (context.Storage.FindCollection(toDb, toColl) is not null)
            {
                if (!dropTarget)
                {
                    throw Errors.NamespaceExists("target namespace exists");
                }

                context.Storage.DropCollection(toDb, toColl);
            }

            Storage.NamespaceRules.CheckCollectionName(toDb, toColl);
            context.Storage.Rename(collection, toDb, toColl);
            context.Server.Clock.Tick();
            return new BsonDocument("ok", 1.0);
        }));
    }

    private static (string Database, string Collection) Split(string ns, string which)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == ns.Length - 1)
        {
            throw Errors.InvalidNamespace($"Invalid {which} namespace: {ns}");
        }

        return (ns[..dot], ns[(dot + 1)..]);
    }
}
