using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using ShopAnalytics;

namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>
/// The server the library tests talk to: a real MongoDB when MONGODB_URI is set, otherwise one embedded
/// server for the whole run. Each test gets its own database through <see cref="NewShopAsync"/>.
/// </summary>
public sealed class ShopTarget : IAsyncLifetime
{
    private EmbeddedMongoServer? server;

    public string ConnectionString { get; private set; } = string.Empty;

    public bool IsEmbedded => server is not null;

    public async Task InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable(ShopConnectionOptions.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(uri))
        {
            server = await EmbeddedMongoServer.StartAsync();
            uri = server.ConnectionString;
        }

        ConnectionString = uri;
    }

    /// <summary>A shop in a fresh, uniquely named database on the target server.</summary>
    public Task<ShopDatabase> NewShopAsync(string? hint = null)
    {
        var name = "shop_" + (hint is null ? string.Empty : hint[..Math.Min(hint.Length, 20)] + "_") + ObjectId.GenerateNewId().ToString()[^10..];
        return ShopDatabase.ConnectAsync(new ShopConnectionOptions { ConnectionString = ConnectionString, DatabaseName = name });
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
