using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using ShopAnalytics;
using ShopAnalytics.Data;

namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>
/// The server the library tests talk to: a real MongoDB when MONGODB_URI is set, otherwise one embedded
/// server for the whole run. Each test gets its own database through <see cref="NewShopAsync"/>.
/// </summary>
public sealed class ShopTarget : IAsyncLifetime
{
    private readonly Dictionary<string, Task<(ShopDatabase Shop, ShopDataset Data)>> seeded = [];
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

    /// <summary>
    /// A generated shop seeded once per (seed, orders) and shared by the tests that only read it.
    /// Generation and seeding are the library's own; the data returned is what was seeded.
    /// </summary>
    public Task<(ShopDatabase Shop, ShopDataset Data)> GeneratedAsync(int seed, int orders)
    {
        lock (seeded)
        {
            var key = $"{seed}_{orders}";
            if (!seeded.TryGetValue(key, out var task))
            {
                task = SeedAsync(seed, orders);
                seeded[key] = task;
            }

            return task;
        }
    }

    /// <summary>The tutorial dataset, loaded once and shared by the tests that only read it.</summary>
    public Task<(ShopDatabase Shop, ShopDataset Data)> TutorialAsync()
    {
        lock (seeded)
        {
            if (!seeded.TryGetValue("tutorial", out var task))
            {
                task = LoadTutorialAsync();
                seeded["tutorial"] = task;
            }

            return task;
        }
    }

    private async Task<(ShopDatabase, ShopDataset)> SeedAsync(int seed, int orders)
    {
        var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = orders, Seed = seed });
        var shop = await NewShopAsync($"gen{seed}_{orders}");
        await ShopSeeder.SeedAsync(shop, data);
        return (shop, data);
    }

    private async Task<(ShopDatabase, ShopDataset)> LoadTutorialAsync()
    {
        var shop = await NewShopAsync("tutorial");
        await TutorialData.LoadAsync(shop.Database);
        return (shop, TutorialData.Read());
    }

    public async Task DisposeAsync()
    {
        foreach (var task in seeded.Values.Where(t => t.IsCompletedSuccessfully))
        {
            await task.Result.Shop.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
