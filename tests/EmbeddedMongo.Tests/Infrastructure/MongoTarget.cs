using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Infrastructure;

/// <summary>
/// The server the behaviour suite talks to: a real MongoDB when MONGODB_URI is set, otherwise one
/// embedded server started for the whole test run. Tests reach it only through MongoDB.Driver.
/// </summary>
public sealed class MongoTarget : IAsyncLifetime
{
    private EmbeddedMongoServer? server;

    public string ConnectionString { get; private set; } = string.Empty;

    public MongoClient Client { get; private set; } = null!;

    /// <summary>True when the tests run against the embedded server (not a real MongoDB).</summary>
    public bool IsEmbedded => server is not null;

    /// <summary>The embedded server, for tests that inspect it from inside (connection counts).</summary>
    public EmbeddedMongoServer? Embedded => server;

    public async Task InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            server = await EmbeddedMongoServer.StartAsync();
            uri = server.ConnectionString;
        }

        ConnectionString = uri;
        Client = new MongoClient(uri);
    }

    /// <summary>A fresh, empty database with a unique name for one test.</summary>
    public IMongoDatabase NewDatabase(string? hint = null)
    {
        var name = "t_" + (hint is null ? string.Empty : hint[..Math.Min(hint.Length, 20)] + "_") + ObjectId.GenerateNewId().ToString()[^10..];
        return Client.GetDatabase(name);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
