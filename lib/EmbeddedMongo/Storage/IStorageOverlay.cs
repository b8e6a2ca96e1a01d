using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// A view the current command's storage calls are routed through instead of the shared storage:
/// a multi-document transaction (its snapshot plus its own writes). Set with
/// <see cref="StorageEngine.UseOverlay"/> for the duration of one command.
/// </summary>
public interface IStorageOverlay
{
    StorageEngine Engine { get; }

    T Read<T>(Func<T> action);

    T Write<T>(Func<T> action);

    CollectionStore? FindCollection(string database, string collection);

    CollectionStore GetOrCreateCollection(string database, string collection);

    CollectionStore CreateCollection(string database, string collection, BsonDocument options);
}
