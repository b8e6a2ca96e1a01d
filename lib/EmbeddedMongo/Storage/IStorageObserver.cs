using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Told of every change the storage engine applies, in order, while the write lock is held.
/// The journal (durability) listens here; so can anything that must see every committed write.
/// </summary>
public interface IStorageObserver
{
    void CollectionCreated(CollectionStore collection);

    void CollectionDropped(string database, string collection);

    void DatabaseDropped(string database);

    void CollectionRenamed(string fromDatabase, string fromCollection, string toDatabase, string toCollection);

    void OptionsChanged(CollectionStore collection);

    void IndexCreated(CollectionStore collection, IndexStore index);

    void IndexDropped(CollectionStore collection, string indexName);

    void DocumentInserted(CollectionStore collection, BsonDocument document);

    void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after);

    /// <summary>
    /// A replaced document, saying whether the update replaced the whole document (a change stream
    /// then reports "replace" rather than "update"). Observers that do not care keep the default.
    /// </summary>
    void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after, bool replacement)
        => DocumentReplaced(collection, before, after);

    void DocumentDeleted(CollectionStore collection, BsonDocument before);

    /// <summary>The end of one atomic group of changes (one command, or one transaction's commit).</summary>
    void GroupCommitted(bool durable);
}
