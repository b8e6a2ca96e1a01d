using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// Renders a logged change as the change event document a stream returns (the manual's "Change
/// Events" pages): resume token, operationType, clusterTime, wallTime, ns, documentKey,
/// fullDocument / fullDocumentBeforeChange per the stream's options, updateDescription.
/// </summary>
public sealed class ChangeEventRenderer(StorageEngine storage, ChangeStreamSpec spec)
{
    public BsonDocument Render(ChangeEntry entry)
    {
        var document = new BsonDocument
        {
            { "_id", new ResumeToken(entry.ClusterTime, entry.Sequence, false).ToDocument() },
            { "operationType", entry.OperationType },
            { "clusterTime", entry.ClusterTime },
        };
        if (entry.TxnNumber is { } txnNumber && entry.SessionId is { } lsid)
        {
            document["txnNumber"] = txnNumber;
            document["lsid"] = lsid;
        }

        document["wallTime"] = new BsonDateTime(entry.WallTime);
        if (entry.IsCrud)
        {
            AddFullDocument(document, entry);
        }

        document["ns"] = entry.Collection is null
            ? new BsonDocument("db", entry.Database)
            : new BsonDocument { { "db", entry.Database }, { "coll", entry.Collection } };
        if (entry.OperationType == "rename")
        {
            document["to"] = new BsonDocument { { "db", entry.ToDatabase }, { "coll", entry.ToCollection } };
        }

        if (!entry.IsCrud)
        {
            return document;
        }

        document["documentKey"] = new BsonDocument("_id", entry.DocumentId);
        if (entry.OperationType == "update")
        {
            document["updateDescription"] = UpdateDescription.Diff(entry.Before!, entry.After!);
        }

        if (spec.FullDocumentBeforeChange != "off" && entry.OperationType != "insert")
        {
            document["fullDocumentBeforeChange"] = entry.ImagesRecorded
                ? entry.Before
                : spec.FullDocumentBeforeChange == "required" ? throw MissingImage("pre", entry) : BsonNull.Value;
        }

        return document;
    }

    /// <summary>The invalidate event that ends a collection or database stream after a drop, rename or dropDatabase.</summary>
    public static BsonDocument Invalidate(ChangeEntry cause) => new()
    {
        { "_id", new ResumeToken(cause.ClusterTime, cause.Sequence, true).ToDocument() },
        { "operationType", "invalidate" },
        { "clusterTime", cause.ClusterTime },
        { "wallTime", new BsonDateTime(cause.WallTime) },
    };

    private void AddFullDocument(BsonDocument document, ChangeEntry entry)
    {
        switch (entry.OperationType)
        {
            case "insert" or "replace":
                document["fullDocument"] = entry.After;
                break;
            case "update" when spec.FullDocument == "updateLookup":
                document["fullDocument"] = (BsonValue?)Lookup(entry) ?? BsonNull.Value;
                break;
            case "update" when spec.FullDocument is "whenAvailable" or "required":
                document["fullDocument"] = entry.ImagesRecorded
                    ? entry.After
                    : spec.FullDocument == "required" ? throw MissingImage("post", entry) : BsonNull.Value;
                break;
        }
    }

    /// <summary>updateLookup: the document's current committed version (null once deleted).</summary>
    private BsonDocument? Lookup(ChangeEntry entry) => storage.ReadDirect(() =>
    {
        var collection = storage.FindCollectionDirect(entry.Database, entry.Collection!);
        return collection?.FindById(entry.DocumentId!) is { } recordId ? collection.Get(recordId) : null;
    });

    private static MongoServerException MissingImage(string kind, ChangeEntry entry)
        => Errors.NoMatchingDocument(kind == "post"
            ? $"Change stream was configured to require a post-image for all update, delete and replace events, but the post-image was not found for event: {entry.Database}.{entry.Collection} {entry.DocumentId}"
            : $"Change stream was configured to require a pre-image for all update, delete and replace events, but the pre-image was not found for event: {entry.Database}.{entry.Collection} {entry.DocumentId}");
}
