namespace EmbeddedMongo.Hosting;

/// <summary>How to start an <see cref="EmbeddedMongoServer"/>.</summary>
public sealed class EmbeddedMongoOptions
{
    /// <summary>The address to bind; loopback unless told otherwise.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Require SCRAM-SHA-256 authentication: every command other than hello, ping and the
    /// authentication commands is refused (13 Unauthorized) until the connection has
    /// authenticated. The first user can be created from a loopback connection (the localhost
    /// exception). Binding any non-loopback address requires this.
    /// </summary>
    public bool RequireAuthentication { get; set; }

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The replica-set name advertised in hello, so that the driver allows transactions and change streams.</summary>
    public string ReplicaSetName { get; set; } = "rs0";

    /// <summary>Idle cursors are closed after this long (the server's cursorTimeoutMillis); checked every half timeout, at most every 30 s.</summary>
    public TimeSpan CursorTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sessions unused this long expire (logicalSessionTimeoutMinutes).</summary>
    public int LogicalSessionTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// How long an unused session lives before it expires (its open transaction aborted, its
    /// cursors closed). Null: <see cref="LogicalSessionTimeoutMinutes"/>, which hello advertises.
    /// A shorter limit lets tests and soaks see abandoned sessions cleaned up.
    /// </summary>
    public TimeSpan? SessionIdleTimeout { get; set; }

    /// <summary>Open transactions older than this many seconds are aborted (transactionLifetimeLimitSeconds; setParameter changes it at run time).</summary>
    public int TransactionLifetimeLimitSeconds { get; set; } = 60;

    /// <summary>How often the TTL monitor deletes expired documents (the server's ttlMonitorSleepSecs: 60 s).</summary>
    public TimeSpan TtlMonitorInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many change events the server keeps for change streams to resume from (older ones answer ChangeStreamHistoryLost).</summary>
    public int ChangeStreamHistorySize { get; set; } = 100_000;

    /// <summary>Largest accepted message (maxMessageSizeBytes).</summary>
    public int MaxMessageSizeBytes { get; set; } = 48_000_000;

    /// <summary>Largest accepted document (maxBsonObjectSize).</summary>
    public int MaxBsonObjectSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// The data folder (dbpath). When set, data survives restarts: a checkpoint plus a write-ahead
    /// journal, locked against a second server. Null keeps everything in memory.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Where the server reports connection-level problems (malformed messages). Null: nowhere.</summary>
    public Action<string>? Log { get; set; }
}
