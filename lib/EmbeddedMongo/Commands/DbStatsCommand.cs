using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>dbStats: object, data and index sizes of one database (scale divides the byte counts).</summary>
public sealed class DbStatsCommand : CommandHandler
{
    public override string Name => "dbStats";

    public override string Help => "database statistics: {dbStats: 1, scale: 1}";

    public override IReadOnlyCollection<string> Fields { get; } = ["scale", "freeStorage"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["scale"] = IdlType.SafeInt64,
        ["freeStorage"] = IdlType.SafeBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var scale = CollStatsCommand.ReadScale(context.Command, "dbStats");
        return Task.FromResult(context.Storage.Read(() =>
        {
            var collections = context.Storage.FindDatabase(context.Database)?.Collections.Values.ToList() ?? [];
            long objects = 0, dataSize = 0, indexes = 0, indexSize = 0;
            foreach (var collection in collections)
            {
                objects += collection.Count;
                dataSize += StorageSizes.DataSize(collection);
                indexes += collection.Indexes.Count;
                indexSize += collection.Indexes.Sum(StorageSizes.IndexSize);
            }

            return new BsonDocument
            {
                { "db", context.Database },
                { "collections", collections.Count },
                { "views", 0 },
                { "objects", objects },
                { "avgObjSize", objects == 0 ? 0.0 : (double)dataSize / objects },
                { "dataSize", (double)StorageSizes.Scaled(dataSize, scale) },
                { "storageSize", (double)StorageSizes.Scaled(dataSize, scale) },
                { "indexes", indexes },
                { "indexSize", (double)StorageSizes.Scaled(indexSize, scale) },
                { "totalSize", (double)StorageSizes.Scaled(dataSize + indexSize, scale) },
                { "scaleFactor", scale },
                { "fsUsedSize", 0.0 },
                { "fsTotalSize", 0.0 },
                { "ok", 1.0 },
            };
        }));
    }
}
