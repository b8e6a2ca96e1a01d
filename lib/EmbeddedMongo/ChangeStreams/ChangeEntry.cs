using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// One committed change as the event log keeps it (the embedded server's oplog entry): enough to
/// render the change event for any stream, whatever its fullDocument options.
/// </summary>
public sealed class ChangeEntry
{
    /// <summary>Position in the log; resume tokens carry it. Assigned when appended.</summary>
    public long Sequence { get; internal set; }

    public required BsonTimestamp ClusterTime { get; init; }

    public DateTime WallTime { get; init; } = DateTime.UtcNow;

    /// <summary>insert, update, replace, delete, drop, rename or dropDatabase.</summary>
    public required string OperationType { get; init; }

    public required string Database { get; init; }

    /// <summary>The collection (null for dropDatabase).</summary>
    public string? Collection { get; init; }

    /// <summary>The document before the change (update, replace, delete).</summary>
    public BsonDocument? Before { get; init; }

    /// <summary>The document after the change (insert, update, replace).</summary>
    public BsonDocument? After { get; init; }

    /// <summary>The collection had changeStreamPreAndPostImages enabled when the change was made.</summary>
    public bool ImagesRecorded { get; init; }

    /// <summary>Target of a rename.</summary>
    public string? ToDatabase { get; init; }

    public string? ToCollection { get; init; }

    /// <summary>The lsid of the transaction that made the change, if any.</summary>
    public BsonDocument? SessionId { get; init; }

    public long? TxnNumber { get; init; }

    public BsonValue? DocumentId => (After ?? Before)?.GetValue("_id", BsonNull.Value);

    public bool IsCrud => OperationType is "insert" or "update" or "replace" or "delete";
}
