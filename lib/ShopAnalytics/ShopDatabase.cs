using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics;

/// <summary>
/// The shop's database: MONGODB_URI (or an explicit URI) when set, otherwise an embedded server started
/// in-process. Says which one it uses (<see cref="Description"/>) and exposes typed collections.
/// Disposing it stops the embedded server it started.
/// </summary>
public sealed class ShopDatabase : IAsyncDisposable
{
    private readonly EmbeddedMongoServer? server;

    private ShopDatabase(MongoClient client, IMongoDatabase database, EmbeddedMongoServer? server, string uri, string redactedUri, string serverVersion)
    {
        this.server = server;
        ConnectionString = uri;
        Client = client;
        Database = database;
        RedactedConnectionString = redactedUri;
        ServerVersion = serverVersion;
        Description = server is not null
            ? $"embedded server at mongodb://127.0.0.1:{server.Port}"
            : $"MongoDB {serverVersion} at {redactedUri}";
        Customers = database.GetCollection<Customer>(CollectionNames.Customers);
        Products = database.GetCollection<Product>(CollectionNames.Products);
        Orders = database.GetCollection<Order>(CollectionNames.Orders);
        OrderItems = database.GetCollection<OrderItem>(CollectionNames.OrderItems);
    }

    public IMongoClient Client { get; }

    public IMongoDatabase Database { get; }

    /// <summary>True when this instance started (and owns) an embedded server.</summary>
    public bool IsEmbedded => server is not null;

    /// <summary>"embedded server at mongodb://127.0.0.1:port" or "MongoDB 8.0.x at mongodb://user:****@host".</summary>
    public string Description { get; }

    /// <summary>The server's version as buildInfo reports it.</summary>
    public string ServerVersion { get; }

    /// <summary>
    /// The full connection string, password included: for handing to another client of the same
    /// server (a chart context, a child process), never for printing. Print <see cref="RedactedConnectionString"/>.
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>The connection string with its password hidden.</summary>
    public string RedactedConnectionString { get; }

    public IMongoCollection<Customer> Customers { get; }

    public IMongoCollection<Product> Products { get; }

    public IMongoCollection<Order> Orders { get; }

    public IMongoCollection<OrderItem> OrderItems { get; }

    /// <summary>A collection of raw documents, for pipelines and imports.</summary>
    public IMongoCollection<BsonDocument> Raw(string collection) => Database.GetCollection<BsonDocument>(collection);

    /// <summary>Connects as <paramref name="options"/> say (defaults: MONGODB_URI, else embedded; database "shop").</summary>
    public static async Task<ShopDatabase> ConnectAsync(ShopConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ShopConnectionOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseName);
        var uri = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(uri) && options.UseEnvironment)
        {
            uri = Environment.GetEnvironmentVariable(ShopConnectionOptions.EnvironmentVariable);
        }

        EmbeddedMongoServer? server = null;
        if (string.IsNullOrWhiteSpace(uri))
        {
            server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { Port = options.EmbeddedPort });
            uri = server.ConnectionString;
        }

        var redacted = RedactedUri.Redact(uri);
        MongoClient? client = null;
        try
        {
            var settings = MongoClientSettings.FromConnectionString(uri);
            settings.ServerSelectionTimeout = options.ServerSelectionTimeout;
            settings.ConnectTimeout = options.ServerSelectionTimeout;
            client = new MongoClient(settings);
            var database = client.GetDatabase(options.DatabaseName);
            var buildInfo = await client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("buildInfo", 1), cancellationToken: cancellationToken);
            var version = buildInfo.GetValue("version", "unknown").ToString()!;
            return new ShopDatabase(client, database, server, uri, redacted, version);
        }
        catch (Exception ex) when (ex is TimeoutException or MongoConnectionException or MongoConfigurationException or MongoAuthenticationException)
        {
            client?.Dispose();
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            var why = ex is TimeoutException
                ? $"no MongoDB answered within {options.ServerSelectionTimeout.TotalSeconds:0.#} s"
                : ex.GetType().Name;
            throw new ShopConnectionException($"Could not connect to {redacted}: {why}. Is the server running (docker compose up -d), or unset MONGODB_URI to use the embedded server?", ex is MongoConfigurationException ? null : ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
