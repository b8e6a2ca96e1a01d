using MongoDB.Driver;

namespace Reliability;

/// <summary>
/// A driver client with its own connection pool (distinct settings give a distinct cluster), whose
/// connections really close when it is disposed (disposing a MongoClient alone leaves its cluster open).
/// </summary>
public sealed class OwnedClient : IDisposable
{
    private OwnedClient(MongoClient client) => Client = client;

    public MongoClient Client { get; }

    /// <summary>A client that fails fast when the server is gone (no retries, short selection timeout).</summary>
    public static OwnedClient Create(string connectionString, string name, bool failFast = false)
    {
        var settings = MongoClientSettings.FromConnectionString(connectionString);
        settings.ApplicationName = $"{name}-{Guid.NewGuid():N}";
        if (failFast)
        {
            settings.RetryWrites = false;
            settings.RetryReads = false;
            // Long enough for a loaded machine, short enough that a client notices a killed server soon.
            settings.ServerSelectionTimeout = TimeSpan.FromSeconds(10);
            settings.ConnectTimeout = TimeSpan.FromSeconds(10);
        }

        return new OwnedClient(new MongoClient(settings));
    }

    public IMongoDatabase Database(string name) => Client.GetDatabase(name);

    public void Dispose() => ClusterRegistry.Instance.UnregisterAndDisposeCluster(Client.Cluster);
}
