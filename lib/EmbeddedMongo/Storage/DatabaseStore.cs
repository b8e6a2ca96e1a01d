namespace EmbeddedMongo.Storage;

/// <summary>A database: a named set of collections. Callers hold the storage lock.</summary>
public sealed class DatabaseStore
{
    public DatabaseStore(string name) => Name = name;

    public string Name { get; }

    public Dictionary<string, CollectionStore> Collections { get; } = new(StringComparer.Ordinal);

    public CollectionStore? Find(string collection) => Collections.GetValueOrDefault(collection);
}
