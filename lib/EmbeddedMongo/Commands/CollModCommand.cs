using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// collMod: changes a collection's validator, validationLevel, validationAction and
/// changeStreamPreAndPostImages, or one index's hidden / expireAfterSeconds option.
/// </summary>
public sealed class CollModCommand : CommandHandler
{
    public override string Name => "collMod";

    public override string Help => "modifies a collection: {collMod: coll, validator, validationLevel, validationAction, changeStreamPreAndPostImages, index: {name, hidden, expireAfterSeconds}}";

    public override IReadOnlyCollection<string> Fields { get; } =
    [
        "validator", "validationLevel", "validationAction", "changeStreamPreAndPostImages", "index", "dryRun",
        "viewOn", "pipeline", "expireAfterSeconds", "timeseries", "cappedSize", "cappedMax", "recordIdsReplicated",
    ];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["validator"] = IdlType.Object,
        ["validationLevel"] = IdlType.String,
        ["validationAction"] = IdlType.String,
        ["index"] = IdlType.Object,
        ["changeStreamPreAndPostImages"] = IdlType.Object,
        ["viewOn"] = IdlType.String,
        ["pipeline"] = IdlType.Array,
        ["timeseries"] = IdlType.Object,
        ["cappedSize"] = IdlType.SafeInt64,
        ["cappedMax"] = IdlType.SafeInt64,
        ["dryRun"] = IdlType.SafeBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var name = CommandArgs.RequireCollectionName(command);
        foreach (var unsupported in new[] { "viewOn", "pipeline", "timeseries", "cappedSize", "cappedMax", "expireAfterSeconds" })
        {
            if (command.Contains(unsupported))
            {
                throw Errors.InvalidOptions($"option '{unsupported}' is not supported by the embedded server");
            }
        }

        if (command.TryGetValue("changeStreamPreAndPostImages", out var images)
            && !(images is BsonDocument { ElementCount: 1 } d && d.GetElement(0).Name == "enabled" && d[0] is BsonBoolean))
        {
            throw Errors.Location(40414, "BSON field 'changeStreamPreAndPostImages.enabled' is missing but a required field");
        }

        var changes = CollectionOptions.Parse(command, "collMod");
        var indexChange = CommandArgs.OptionalDocument(command, "index");
        return Task.FromResult(context.Storage.Write(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, name)
                ?? throw Errors.NamespaceNotFound($"ns does not exist: {context.Database}.{name}");
            var reply = new BsonDocument();
            if (indexChange is not null)
            {
                reply.AddRange(ModifyIndex(collection, indexChange));
            }

            if (changes.ElementCount > 0)
            {
                var options = collection.Options.DeepClone().AsBsonDocument;
                foreach (var change in changes)
                {
                    options[change.Name] = change.Value;
                }

                collection.Options = options;
            }

            context.Server.Clock.Tick();
            reply["ok"] = 1.0;
            return reply;
        }));
    }

    private static BsonDocument ModifyIndex(CollectionStore collection, BsonDocument change)
    {
        var index = FindIndex(collection, change);
        var reply = new BsonDocument();
        var touched = false;
        if (change.TryGetValue("hidden", out var hidden))
        {
            if (hidden is not BsonBoolean newHidden)
            {
                throw CommandArgs.WrongType("collMod", "index.hidden", hidden, "bool");
            }

            if (index.IsIdIndex)
            {
                throw Errors.BadValue("can't hide _id index");
            }

            var old = index.Hidden;
            if (old != newHidden.Value)
            {
                collection.ModifyIndex(index, "hidden", newHidden.Value ? BsonBoolean.True : null);
                reply["hidden_old"] = old;
                reply["hidden_new"] = newHidden.Value;
            }

            touched = true;
        }

        if (change.TryGetValue("expireAfterSeconds", out var ttl))
        {
            if (!BsonOrder.IsNumber(ttl) || Numeric.ToDouble(ttl) < 0)
            {
                throw Errors.InvalidOptions("TTL index 'expireAfterSeconds' option must be a non-negative number");
            }

            if (!index.Spec.TryGetValue("expireAfterSeconds", out var oldTtl))
            {
                throw Errors.InvalidOptions("no expireAfterSeconds field to update");
            }

            var newTtl = (int)Numeric.ToDouble(ttl);
            if (oldTtl.ToInt32() != newTtl)
            {
                collection.ModifyIndex(index, "expireAfterSeconds", newTtl);
                reply["expireAfterSeconds_old"] = oldTtl;
                reply["expireAfterSeconds_new"] = newTtl;
            }

            touched = true;
        }

        if (change.Contains("unique") || change.Contains("prepareUnique"))
        {
            throw Errors.InvalidOptions("converting an index to unique is not supported by the embedded server");
        }

        if (!touched)
        {
            throw Errors.InvalidOptions("no expireAfterSeconds or hidden field");
        }

        return reply;
    }

    private static IndexStore FindIndex(CollectionStore collection, BsonDocument change)
    {
        var ns = collection.Namespace;
        if (change.TryGetValue("name", out var name))
        {
            return name is BsonString s && collection.FindIndex(s.Value) is { } byName
                ? byName
                : throw Errors.IndexNotFound($"cannot find index {name} for ns {ns}");
        }

        if (change.TryGetValue("keyPattern", out var keyPattern) && keyPattern is BsonDocument key)
        {
            return collection.Indexes.FirstOrDefault(i => QueryPlanner.SameKeyPattern(i.KeyPattern, key))
                ?? throw Errors.IndexNotFound($"cannot find index {key} for ns {ns}");
        }

        throw Errors.InvalidOptions("must specify either index name or key pattern");
    }
}
