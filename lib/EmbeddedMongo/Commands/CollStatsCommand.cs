using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>collStats (deprecated in 8.0 in favour of $collStats, still answered): count and sizes of one collection.</summary>
public sealed class CollStatsCommand : CommandHandler
{
    public override string Name => "collStats";

    public override string Help => "collection statistics: {collStats: coll, scale: 1}";

    public override IReadOnlyCollection<string> Fields { get; } = ["scale", "verbose"];

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var name = CommandArgs.RequireCollectionName(context.Command);
        var scale = ReadScale(context.Command, "collStats");
        return Task.FromResult(context.Storage.Read(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, name)
                ?? throw Errors.NamespaceNotFound($"Collection [{context.Database}.{name}] not found.");
            var stats = new BsonDocument("ns", collection.Namespace).AddRange(StorageStats(collection, scale));
            stats["ok"] = 1.0;
            return stats;
        }));
    }

    /// <summary>A collection's sizes and counts (collStats, and $collStats' storageStats), sizes divided by the scale.</summary>
    public static BsonDocument StorageStats(CollectionStore collection, long scale)
    {
        var dataSize = StorageSizes.DataSize(collection);
        var indexSizes = new BsonDocument();
        long totalIndexSize = 0;
        foreach (var index in collection.Indexes)
        {
            var size = StorageSizes.IndexSize(index);
            totalIndexSize += size;
            indexSizes[index.Name] = StorageSizes.Scaled(size, scale);
        }

        return new BsonDocument
        {
            { "size", StorageSizes.Scaled(dataSize, scale) },
            { "count", collection.Count },
            { "avgObjSize", collection.Count == 0 ? 0 : dataSize / collection.Count },
            { "storageSize", StorageSizes.Scaled(dataSize, scale) },
            { "freeStorageSize", 0 },
            { "capped", false },
            { "nindexes", collection.Indexes.Count },
            { "indexBuilds", new BsonArray() },
            { "totalIndexSize", StorageSizes.Scaled(totalIndexSize, scale) },
            { "totalSize", StorageSizes.Scaled(dataSize + totalIndexSize, scale) },
            { "indexSizes", indexSizes },
            { "scaleFactor", scale },
        };
    }

    public static long ReadScale(BsonDocument command, string commandName)
    {
        if (!command.TryGetValue("scale", out var value) || value.IsBsonNull)
        {
            return 1;
        }

        if (!BsonOrder.IsNumber(value))
        {
            throw CommandArgs.WrongType(commandName, "scale", value, "[long, int, decimal, double]");
        }

        var scale = (long)Numeric.ToDouble(value);
        return scale >= 1 ? scale : throw Errors.BadValue("Scale factor must be greater than zero");
    }
}
