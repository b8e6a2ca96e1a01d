using MongoDB.Bson;

namespace EmbeddedMongo.Storage.Persistence;

/// <summary>
/// The journal's operation records and how to replay them onto a storage engine. Documents are
/// addressed by _id (record ids are not stable across restarts).
/// </summary>
public static class JournalOperations
{
    public static BsonDocument Create(CollectionStore c) => new() { { "op", "create" }, { "db", c.Database }, { "coll", c.Name }, { "options", c.Options } };

    public static BsonDocument Drop(string db, string coll) => new() { { "op", "drop" }, { "db", db }, { "coll", coll } };

    public static BsonDocument DropDatabase(string db) => new() { { "op", "dropDatabase" }, { "db", db } };

    public static BsonDocument Rename(string db, string coll, string toDb, string toColl)
        => new() { { "op", "rename" }, { "db", db }, { "coll", coll }, { "toDb", toDb }, { "toColl", toColl } };

    public static BsonDocument Options(CollectionStore c) => new() { { "op", "options" }, { "db", c.Database }, { "coll", c.Name }, { "options", c.Options } };

    public static BsonDocument CreateIndex(CollectionStore c, IndexStore index) => new() { { "op", "createIndex" }, { "db", c.Database }, { "coll", c.Name }, { "spec", index.Spec } };

    public static BsonDocument DropIndex(CollectionStore c, string name) => new() { { "op", "dropIndex" }, { "db", c.Database }, { "coll", c.Name }, { "name", name } };

    public static BsonDocument Insert(CollectionStore c, BsonDocument doc) => new() { { "op", "i" }, { "db", c.Database }, { "coll", c.Name }, { "doc", doc } };

    public static BsonDocument Replace(CollectionStore c, BsonDocument doc) => new() { { "op", "u" }, { "db", c.Database }, { "coll", c.Name }, { "doc", doc } };

    public static BsonDocument Delete(CollectionStore c, BsonValue id) => new() { { "op", "d" }, { "db", c.Database }, { "coll", c.Name }, { "id", id } };

    /// <summary>Applies one record; throws <see cref="InvalidDataException"/> when it cannot apply.</summary>
    public static void Apply(StorageEngine storage, BsonDocument record)
    {
        var op = record["op"].AsString;
        var db = record["db"].AsString;
        switch (op)
        {
            case "create":
                storage.CreateCollection(db, record["coll"].AsString, record["options"].AsBsonDocument);
                break;
            case "drop":
                storage.DropCollection(db, record["coll"].AsString);
                break;
            case "dropDatabase":
                storage.DropDatabase(db);
                break;
            case "rename":
                storage.Rename(Collection(storage, record), record["toDb"].AsString, record["toColl"].AsString);
                break;
            case "options":
                Collection(storage, record).Options = record["options"].AsBsonDocument;
                break;
            case "createIndex":
            {
                var spec = record["spec"].AsBsonDocument;
                Collection(storage, record).AddIndex(new IndexStore(spec["name"].AsString, spec["key"].AsBsonDocument, spec));
                break;
            }

            case "dropIndex":
                Collection(storage, record).DropIndex(record["name"].AsString);
                break;
            case "i":
                storage.GetOrCreateCollection(db, record["coll"].AsString).Insert(record["doc"].AsBsonDocument);
                break;
            case "u":
            {
                var collection = Collection(storage, record);
                var doc = record["doc"].AsBsonDocument;
                var rid = collection.FindById(doc["_id"]) ?? throw new InvalidDataException($"journal replaces a missing document {doc["_id"]} in {collection.Namespace}");
                collection.Replace(rid, doc);
                break;
            }

            case "d":
            {
                var collection = Collection(storage, record);
                var rid = collection.FindById(record["id"]) ?? throw new InvalidDataException($"journal deletes a missing document {record["id"]} in {collection.Namespace}");
                collection.Delete(rid);
                break;
            }

            default:
                throw new InvalidDataException($"unknown journal operation '{op}'");
        }
    }

    private static CollectionStore Collection(StorageEngine storage, BsonDocument record)
        => storage.FindCollection(record["db"].AsString, record["coll"].AsString)
           ?? throw new InvalidDataException($"journal refers to a missing collection {record["db"]}.{record["coll"]}");
}
