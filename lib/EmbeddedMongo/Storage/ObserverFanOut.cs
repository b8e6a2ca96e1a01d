using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Tells several observers (the durability journal, the change journal) of every change, in the order added.</summary>
public sealed class ObserverFanOut(IReadOnlyList<IStorageObserver> observers) : IStorageObserver
{
    public IReadOnlyList<IStorageObserver> Observers => observers;

    public void CollectionCreated(CollectionStore collection) => Each(o => o.CollectionCreated(collection));

    public void CollectionDropped(string database, string collection) => Each(o => o.CollectionDropped(database, collection));

    public void DatabaseDropped(string database) => Each(o => o.DatabaseDropped(database));

    public void CollectionRenamed(string fromDatabase, string fromCollection, string toDatabase, string toCollection)
        => Each(o => o.CollectionRenamed(fromDatabase, fromCollection, toDatabase, toCollection));

    public void OptionsChanged(CollectionStore collection) => Each(o => o.OptionsChanged(collection));

    public void IndexCreated(CollectionStore collection, IndexStore index) => Each(o => o.IndexCreated(collection, index));

    public void IndexDropped(CollectionStore collection, string indexName) => Each(o => o.IndexDropped(collection, indexName));

    public void DocumentInserted(CollectionStore collection, BsonDocument document) => Each(o => o.DocumentInserted(collection, document));

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after)
        => Each(o => o.DocumentReplaced(collection, before, after));

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after, bool replacement)
        => Each(o => o.DocumentReplaced(collection, before, after, replacement));

    public void DocumentDeleted(CollectionStore collection, BsonDocument before) => Each(o => o.DocumentDeleted(collection, before));

    public void GroupCommitted(bool durable) => Each(o => o.GroupCommitted(durable));

    private void Each(Action<IStorageObserver> action)
    {
        foreach (var observer in observers)
        {
            action(observer);
        }
    }
}
