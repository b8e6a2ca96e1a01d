using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests;

[Collection(ShopCollectionDefinition.Name)]
public sealed class ShopDatabaseTests(ShopTarget target)
{
    [Fact]
    public async Task Connect_without_uri_starts_the_embedded_server_and_says_so()
    {
        await using var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { UseEnvironment = false });

        Assert.True(shop.IsEmbedded);
        Assert.Matches(@"^embedded server at mongodb://127\.0\.0\.1:\d+$", shop.Description);
        Assert.Matches(@"^\d+\.\d+", shop.ServerVersion);
        Assert.Equal("shop", shop.Database.DatabaseNamespace.DatabaseName);
        var ping = await shop.Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        Assert.Equal(1.0, ping["ok"].ToDouble());
    }

    [Fact]
    public async Task Dispose_stops_the_embedded_server_it_started()
    {
        var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { UseEnvironment = false });
        var port = int.Parse(shop.Description[(shop.Description.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await shop.DisposeAsync();

        using var probe = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task Connect_with_explicit_uri_uses_it_and_the_configured_database()
    {
        await using var shop = await ShopDatabase.ConnectAsync(new ShopConnectionOptions { ConnectionString = target.ConnectionString, DatabaseName = "shop_named" });

        Assert.False(shop.IsEmbedded);
        Assert.StartsWith("MongoDB " + shop.ServerVersion + " at mongodb", shop.Description);
        Assert.Equal("shop_named", shop.Customers.Database.DatabaseNamespace.DatabaseName);
        Assert.Equal("customers", shop.Customers.CollectionNamespace.CollectionName);
        Assert.Equal("order_items", shop.OrderItems.CollectionNamespace.CollectionName);
    }

    [Fact]
    public async Task Connect_to_a_silent_address_fails_clearly_within_seconds_without_printing_the_password()
    {
        var port = FreePort();
        var uri = $"mongodb://learner:s3cret-pw@127.0.0.1:{port}/?directConnection=true";
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ShopConnectionException>(() => ShopDatabase.ConnectAsync(new ShopConnectionOptions { ConnectionString = uri }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"took {clock.Elapsed}");
        Assert.Contains($"mongodb://learner:****@127.0.0.1:{port}", error.Message);
        Assert.DoesNotContain("s3cret-pw", error.ToString());
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
