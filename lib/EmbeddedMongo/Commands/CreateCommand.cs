using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>create: makes a collection explicitly, with options such as a validator.</summary>
public sealed class CreateCommand : CommandHandler
{
    public override string Name => "create";

    public override string Help => "creates a collection: {create: coll, validator, validationLevel, validationAction}";

    public override IReadOnlyCollection<string> Fields { get; } =
    [
        "validator", "validationLevel", "validationAction", "capped", "size", "max", "collation",
        "changeStreamPreAndPostImages", "storageEngine", "indexOptionDefaults", "viewOn", "pipeline",
        "timeseries", "expireAfterSeconds", "clusteredIndex", "encryptedFields", "flags", "autoIndexId",
    ];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["capped"] = IdlType.SafeBool,
        ["autoIndexId"] = IdlType.SafeBool,
        ["size"] = IdlType.SafeInt64,
        ["max"] = IdlType.SafeInt64,
        ["flags"] = IdlType.SafeInt64,
        ["expireAfterSeconds"] = IdlType.SafeInt64,
        ["storageEngine"] = IdlType.Object,
        ["validator"] = IdlType.Object,
        ["validationLevel"] = IdlType.String,
        ["validationAction"] = IdlType.String,
        ["indexOptionDefaults"] = IdlType.Object,
        ["viewOn"] = IdlType.String,
        ["pipeline"] = IdlType.ArrayOfObjects,
        ["collation"] = IdlType.Object,
        ["timeseries"] = IdlType.Object,
        ["changeStreamPreAndPostImages"] = IdlType.Object,
        ["encryptedFields"] = IdlType.Object,
        ["clusteredIndex"] = IdlType.BoolOrObject,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var name = CommandArgs.RequireCollectionName(command);
        foreach (var unsupported in new[] { "viewOn", "timeseries", "capped", "clusteredIndex", "encryptedFields" })
        {
            if (command.Contains(unsupported) && !(unsupported == "capped" && !command["capped"].ToBoolean()))
            {
                throw Errors.InvalidOptions($"option '{unsupported}' is not supported by the embedded server");
            }
        }

        var options = CollectionOptions.Parse(command, "create");
        return Task.FromResult(context.Storage.Write(() =>
        {
            context.Storage.CreateCollection(context.Database, name, options);
            context.Server.Clock.Tick();
            return new BsonDocument("ok", 1.0);
        }));
    }
}
