using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// A logical session (lsid) as the server tracks it: when it was last used, the highest txnNumber
/// seen, the recorded reply of its latest retryable write and its latest transaction.
/// </summary>
public sealed class ServerSession
{
    public ServerSession(Guid id, BsonDocument lsid)
    {
        Id = id;
        Lsid = lsid;
    }

    public Guid Id { get; }

    /// <summary>The lsid document as the client sent it (reported in change events of its transactions).</summary>
    public BsonDocument Lsid { get; }

    public DateTime LastUseUtc { get; set; } = DateTime.UtcNow;

    /// <summary>Serializes the commands of one session that carry a txnNumber.</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The highest txnNumber seen on this session (-1: none).</summary>
    public long TxnNumber { get; internal set; } = -1;

    /// <summary>The reply of the retryable write with <see cref="TxnNumber"/>, replayed when the driver retries it.</summary>
    internal BsonDocument? RetryableReply { get; set; }

    internal string? RetryableCommand { get; set; }

    /// <summary>The session's latest transaction (open, committed or aborted).</summary>
    public Transaction? Transaction { get; internal set; }
}
