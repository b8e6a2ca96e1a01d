using EmbeddedMongo.ChangeStreams;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>Builds the change log entries of document writes (single writes and committed transactions).</summary>
internal static class ChangeEntries
{
    public static ChangeEntry ForWrite(CollectionStore collection, BsonDocument? before, BsonDocument? after, bool replacement, BsonTimestamp time, BsonDocument? lsid, long? txnNumber)
        => new()
        {
            ClusterTime = time,
            OperationType = before is null ? "insert" : after is null ? "delete" : replacement ? "replace" : "update",
            Database = collection.Database,
            Collection = collection.Name,
            Before = before,
            After = after,
            ImagesRecorded = collection.Options.GetValue("changeStreamPreAndPostImages", BsonNull.Value) is BsonDocument images
                && images.GetValue("enabled", false).ToBoolean(),
            SessionId = lsid,
            TxnNumber = txnNumber,
        };

    /// <summary>A committed transaction's writes, in the order made, all at the commit's cluster time.</summary>
    public static List<ChangeEntry> ForTransaction(Transaction transaction, BsonTimestamp commitTime)
        => transaction.Operations
            .Select(w => ForWrite(w.Collection, w.Before, w.After, w.Replacement, commitTime, transaction.Session.Lsid, transaction.Number))
            .ToList();
}
