using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// dropIndexes: drops indexes by name, by key pattern, a list of names, or "*" (every index but
/// _id_). The _id index cannot be dropped (72 InvalidOptions); an unknown index is 27 IndexNotFound.
/// </summary>
public sealed class DropIndexesCommand : CommandHandler
{
    public override string Name => "dropIndexes";

    public override string Help => "drops indexes: {dropIndexes: coll, index: name | keyPattern | [names] | \"*\"}";

    public override IReadOnlyCollection<string> Fields { get; } = ["index"];

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        if (!command.TryGetValue("index", out var target))
        {
            throw Errors.Location(40414, "BSON field 'dropIndexes.index' is missing but a required field");
        }

        if (target is not (BsonString or BsonDocument or BsonArray))
        {
            throw CommandArgs.WrongType("dropIndexes", "index", target, "[string, object, array]");
        }

        return Task.FromResult(context.Storage.Write(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, collectionName)
                ?? throw Errors.NamespaceNotFound($"ns not found {context.Database}.{collectionName}");
            var before = collection.Indexes.Count;
            var reply = new BsonDocument("nIndexesWas", before);
            var doomed = Resolve(collection, target);
            foreach (var index in doomed)
            {
                collection.DropIndex(index.Name);
            }

            if (target is BsonString { Value: "*" })
            {
                reply["msg"] = "non-_id indexes dropped for collection";
            }

            context.Server.Clock.Tick();
            reply["ok"] = 1.0;
            return reply;
        }));
    }

    private static List<IndexStore> Resolve(CollectionStore collection, BsonValue target)
    {
        switch (target)
        {
            case BsonString { Value: "*" }:
                return collection.Indexes.Where(i => !i.IsIdIndex).ToList();
            case BsonString name:
                return [ByName(collection, name.Value)];
            case BsonArray names:
            {
                var found = new List<IndexStore>();
                foreach (var name in names)
                {
                    if (name is not BsonString s)
                    {
                        throw CommandArgs.WrongType("dropIndexes", "index", name, "string");
                    }

                    found.Add(ByName(collection, s.Value));
                }

                return found;
            }

            default:
            {
                var key = target.AsBsonDocument;
                var matches = collection.Indexes.Where(i => QueryPlanner.SameKeyPattern(i.KeyPattern, key)).ToList();
                if (matches.Count == 0)
                {
                    throw Errors.IndexNotFound($"can't find index with key: {key}");
                }

                if (matches.Count > 1)
                {
                    throw Errors.AmbiguousIndexKeyPattern($"{matches.Count} indexes found for key: {key}, identify by name instead. Conflicting indexes: {string.Join(", ", matches.Select(m => m.Spec))}");
                }

                if (matches[0].IsIdIndex)
                {
                    throw Errors.InvalidOptions("cannot drop _id index");
                }

                return matches;
            }
        }
    }

    private static IndexStore ByName(CollectionStore collection, string name)
    {
        var index = collection.FindIndex(name) ?? throw Errors.IndexNotFound($"index not found with name [{name}]");
        return index.IsIdIndex ? throw Errors.InvalidOptions("cannot drop _id index") : index;
    }
}
