using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>A batch handed out by a cursor.</summary>
/// <param name="Documents">The documents of this batch.</param>
/// <param name="Exhausted">True when nothing is left (the cursor is then closed).</param>
/// <param name="Extra">Extra fields for the cursor document (postBatchResumeToken).</param>
public sealed record CursorBatch(BsonArray Documents, bool Exhausted, BsonDocument? Extra = null);

/// <summary>An open server-side cursor, continued by getMore and closed by killCursors or timeout.</summary>
public abstract class ServerCursor
{
    /// <summary>Batches stop growing past this many bytes (16 MiB), as the server's do.</summary>
    public const int MaxBatchBytes = 16 * 1024 * 1024;

    protected ServerCursor(string ns) => Namespace = ns;

    public long Id { get; internal set; }

    public string Namespace { get; }

    public DateTime LastUsedUtc { get; set; } = DateTime.UtcNow;

    /// <summary>The logical session the cursor belongs to, if any.</summary>
    public Guid? SessionId { get; set; }

    /// <summary>Cursors that never time out (noCursorTimeout) or that are in use are not reaped.</summary>
    public bool NoTimeout { get; set; }

    public bool InUse { get; set; }

    public abstract Task<CursorBatch> NextBatchAsync(int? batchSize, TimeSpan? maxAwait, CancellationToken cancellationToken);

    public virtual void Close()
    {
    }
}
