using EmbeddedMongo.Hosting;
using MongoDB.Driver;

namespace Bench.Infrastructure;

/// <summary>A fresh in-memory embedded server and a client on it, for one suite.</summary>
public sealed class ScratchServer : IAsyncDisposable
{
    private readonly EmbeddedMongoServer server;
    private readonly MongoClient client;

    private ScratchServer(EmbeddedMongoServer server)
    {
        this.server = server;
        client = new MongoClient(server.ConnectionString);
        Database = client.GetDatabase("bench");
    }

    public IMongoDatabase Database { get; }

    public static async Task<ScratchServer> StartAsync() => new(await EmbeddedMongoServer.StartAsync());

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }
}
