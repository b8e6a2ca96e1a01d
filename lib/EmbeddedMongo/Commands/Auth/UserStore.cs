using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands.Auth;

/// <summary>
/// Users live where MongoDB keeps them, in admin.system.users ({_id: "db.user", user, db,
/// credentials: {"SCRAM-SHA-256": ...}, roles}), so they are journaled with everything else.
/// </summary>
public static class UserStore
{
    public const string Database = "admin";
    public const string Collection = "system.users";

    public static bool Any(StorageEngine storage)
        => storage.Read(() => storage.FindCollection(Database, Collection)?.Count > 0);

    public static BsonDocument? Find(StorageEngine storage, string db, string user)
        => storage.Read(() =>
        {
            var users = storage.FindCollection(Database, Collection);
            var rid = users?.FindById(db + "." + user);
            return rid is null ? null : users!.Get(rid.Value);
        });

    public static void Create(StorageEngine storage, string db, string user, ScramCredential credential, BsonArray roles)
        => storage.Write(() =>
        {
            var users = storage.GetOrCreateCollection(Database, Collection);
            var id = db + "." + user;
            if (users.FindById(id) is not null)
            {
                throw Errors.Make(51003, "Location51003", $"User \"{user}@{db}\" already exists");
            }

            users.Insert(new BsonDocument
            {
                { "_id", id },
                { "userId", new BsonBinaryData(Guid.NewGuid(), GuidRepresentation.Standard) },
                { "user", user },
                { "db", db },
                { "credentials", new BsonDocument(ScramCredential.Mechanism, credential.ToBson()) },
                { "roles", roles },
            });
            return 0;
        });

    public static bool Drop(StorageEngine storage, string db, string user)
        => storage.Write(() =>
        {
            var users = storage.FindCollection(Database, Collection);
            var rid = users?.FindById(db + "." + user);
            return rid is not null && users!.Delete(rid.Value) is not null;
        });
}
