using EmbeddedMongo.ChangeStreams;
using EmbeddedMongo.Hosting;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// Observes every committed write and catalog change of the storage engine (under its write
/// lock): keeps the undo log open transactions need, and publishes change events, each at its own
/// cluster time (a transaction's events are published by its commit instead).
/// </summary>
public sealed class StorageJournal(ServerState server) : IStorageObserver
{
    public void DocumentInserted(CollectionStore collection, BsonDocument document) => OnWrite(collection, null, document, false);

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after) => OnWrite(collection, before, after, false);

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after, bool replacement)
        => OnWrite(collection, before, after, replacement);

    public void DocumentDeleted(CollectionStore collection, BsonDocument before) => OnWrite(collection, before, null, false);

    public void CollectionDropped(string database, string collection) => Publish("drop", database, collection);

    public void DatabaseDropped(string database) => Publish("dropDatabase", database, null);

    public void CollectionRenamed(string fromDatabase, string fromCollection, string toDatabase, string toCollection)
        => server.ChangeEvents.Append([new ChangeEntry
        {
            ClusterTime = server.Clock.Tick(),
            OperationType = "rename",
            Database = fromDatabase,
            Collection = fromCollection,
            ToDatabase = toDatabase,
            ToCollection = toCollection,
        }]);

    public void CollectionCreated(CollectionStore collection)
    {
    }

    public void OptionsChanged(CollectionStore collection)
    {
    }

    public void IndexCreated(CollectionStore collection, IndexStore index)
    {
    }

    public void IndexDropped(CollectionStore collection, string indexName)
    {
    }

    public void GroupCommitted(bool durable)
    {
    }

    private void OnWrite(CollectionStore collection, BsonDocument? before, BsonDocument? after, bool replacement)
    {
        server.Transactions.RecordWrite(collection.Namespace, before, after);
        if (!server.Transactions.Applying)
        {
            server.ChangeEvents.Append([ChangeEntries.ForWrite(collection, before, after, replacement, server.Clock.Tick(), null, null)]);
        }
    }

    private void Publish(string operationType, string database, string? collection)
    {
        if (server.Transactions.Applying)
        {
            return;
        }

        server.ChangeEvents.Append([new ChangeEntry
        {
            ClusterTime = server.Clock.Tick(),
            OperationType = operationType,
            Database = database,
            Collection = collection,
        }]);
    }
}
