using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// createIndexes: builds indexes over the existing documents (creating the collection if needed).
/// Asking again for an existing index is a no-op ("all indexes already exist"); the same name with
/// another key is 86 IndexKeySpecsConflict; the same key with another name or options is 85
/// IndexOptionsConflict; a unique index that the data violates fails with E11000.
/// </summary>
public sealed class CreateIndexesCommand : CommandHandler
{
    public override string Name => "createIndexes";

    public override string Help => "builds indexes: {createIndexes: coll, indexes: [{key, name, unique, sparse, partialFilterExpression}]}";

    public override IReadOnlyCollection<string> Fields { get; } = ["indexes", "commitQuorum", "ignoreUnknownIndexOptions", "isTimeseriesNamespace"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["indexes"] = IdlType.ArrayOfObjects,
        ["ignoreUnknownIndexOptions"] = IdlType.SafeBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var indexes = CommandArgs.OptionalArray(command, "indexes")
            ?? throw Errors.Location(40414, "BSON field 'createIndexes.indexes' is missing but a required field");
        if (indexes.Count == 0)
        {
            throw Errors.BadValue("Must specify at least one index to create");
        }

        var specs = indexes.Select(IndexSpec.Normalize).ToList();
        NamespaceRules.CheckCollectionName(context.Database, collectionName);
        return Task.FromResult(context.Storage.Write(() =>
        {
            var existing = context.Storage.FindCollection(context.Database, collectionName);
            var before = existing?.Indexes.Count ?? 1;
            var toBuild = new List<BsonDocument>();
            foreach (var spec in specs)
            {
                if (!IsAlreadyThere(existing, spec) && !toBuild.Any(s => s["name"] == spec["name"]))
                {
                    toBuild.Add(spec);
                }
            }

            if (toBuild.Count == 0)
            {
                return new BsonDocument
                {
                    { "numIndexesBefore", before },
                    { "numIndexesAfter", before },
                    { "note", "all indexes already exist" },
                    { "ok", 1.0 },
                };
            }

            var created = existing is null;
            var collection = existing ?? context.Storage.CreateCollection(context.Database, collectionName, new BsonDocument());
            var built = new List<IndexStore>();
            try
            {
                foreach (var spec in toBuild)
                {
                    var index = IndexSpec.Build(spec);
                    collection.AddIndex(index);
                    built.Add(index);
                }
            }
            catch (MongoServerException)
            {
                // An index build that fails leaves nothing behind, not even the implicit collection.
                foreach (var index in built)
                {
                    collection.DropIndex(index.Name);
                }

                if (created)
                {
                    context.Storage.DropCollection(context.Database, collectionName);
                }

                throw;
            }

            context.Server.Clock.Tick();
            return new BsonDocument
            {
                { "numIndexesBefore", before },
                { "numIndexesAfter", collection.Indexes.Count },
                { "createdCollectionAutomatically", created },
                { "ok", 1.0 },
            };
        }));
    }

    /// <summary>True when an identical index exists; throws when a conflicting one does.</summary>
    private static bool IsAlreadyThere(CollectionStore? collection, BsonDocument spec)
    {
        if (collection is null)
        {
            return false;
        }

        var name = spec["name"].AsString;
        var key = spec["key"].AsBsonDocument;
        var sameName = collection.FindIndex(name);
        if (sameName is not null)
        {
            if (!QueryPlanner.SameKeyPattern(sameName.KeyPattern, key))
            {
                throw Errors.IndexKeySpecsConflict(
                    "An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. " +
                    $"Please refer to our documentation. Requested index: {spec}, existing index: {sameName.Spec}");
            }

            if (!IndexSpec.SameOptions(sameName.Spec, spec) && !(sameName.IsIdIndex && IdIndexOptionsOnly(spec)))
            {
                throw Errors.IndexOptionsConflict(
                    $"An equivalent index already exists with the same name but different options. Requested index: {spec}, existing index: {sameName.Spec}");
            }

            return true;
        }

        foreach (var index in collection.Indexes)
        {
            if (!QueryPlanner.SameKeyPattern(index.KeyPattern, key) || !SamePartialFilter(index.Spec, spec))
            {
                continue;
            }

            if (IndexSpec.SameOptions(index.Spec, spec) || (index.IsIdIndex && IdIndexOptionsOnly(spec)))
            {
                throw Errors.IndexOptionsConflict($"Index already exists with a different name: {index.Name}");
            }

            throw Errors.IndexOptionsConflict(
                $"An equivalent index already exists with a different name and options. Requested index: {spec}, existing index: {index.Spec}");
        }

        return false;
    }

    private static bool SamePartialFilter(BsonDocument a, BsonDocument b)
        => a.GetValue("partialFilterExpression", BsonNull.Value).Equals(b.GetValue("partialFilterExpression", BsonNull.Value));

    private static bool IdIndexOptionsOnly(BsonDocument spec) => spec.Names.All(n => n is "v" or "key" or "name" or "unique" or "background" or "ns");
}
