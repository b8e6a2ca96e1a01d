using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Hosting;

/// <summary>Everything one running server shares between its connections.</summary>
public sealed class ServerState : IDisposable
{
    public ServerState(EmbeddedMongoOptions options)
    {
        Options = options;
        Transactions = new Transactions.TransactionManager(this);
        Sessions = new Transactions.SessionCatalog(this);
        ChangeEvents = new ChangeStreams.ChangeEventLog(options.ChangeStreamHistorySize);
        Storage.AddObserver(new Transactions.StorageJournal(this));
        Ttl = new TtlMonitor(this);
    }

    public EmbeddedMongoOptions Options { get; }

    public StorageEngine Storage { get; } = new();

    public CursorManager Cursors { get; } = new();

    public ClusterClock Clock { get; } = new();

    /// <summary>Logical sessions (lsid), with their retryable writes and transactions.</summary>
    public Transactions.SessionCatalog Sessions { get; }

    /// <summary>Open multi-document transactions, snapshots and commit.</summary>
    public Transactions.TransactionManager Transactions { get; }

    /// <summary>The committed changes change streams read.</summary>
    public ChangeStreams.ChangeEventLog ChangeEvents { get; }

    public ServerStatistics Statistics { get; } = new();

    /// <summary>Deletes documents whose TTL index says they have expired.</summary>
    public TtlMonitor Ttl { get; }

    /// <summary>Identifies this server process in hello's topologyVersion.</summary>
    public ObjectId ProcessId { get; } = ObjectId.GenerateNewId();

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    /// <summary>The host:port advertised in hello (always the loopback address bound).</summary>
    public string Host { get; set; } = "127.0.0.1:27017";

    /// <summary>Cancelled when the server stops; long waits (awaitable hello, change-stream getMore) end with it.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    /// <summary>The data folder keeping this server's data, when it has one.</summary>
    public Storage.Persistence.DataDirectory? DataFolder { get; set; }

    public void Dispose()
    {
        Ttl.Dispose();
        Sessions.Dispose();
        if (DataFolder is not null)
        {
            Storage.Write(() =>
            {
                DataFolder.Checkpoint();
                return 0;
            });
            DataFolder.Dispose();
        }

        Cursors.KillAll();
        Storage.Dispose();
        Stopping.Dispose();
    }
}
