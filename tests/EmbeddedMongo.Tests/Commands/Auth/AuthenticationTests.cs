using System.Net;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands.Auth;

/// <summary>SCRAM-SHA-256 authentication on a server that requires it (embedded server of its own, loopback only).</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private EmbeddedMongoServer server = null!;

    public async Task InitializeAsync()
    {
        server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { RequireAuthentication = true });
        using var bootstrap = new MongoClient(server.ConnectionString);
        // The localhost exception: the first user may be created before anyone has authenticated.
        await bootstrap.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "createUser", "teacher" },
            { "pwd", "s3cret-pw" },
            { "roles", new BsonArray { new BsonDocument { { "role", "root" }, { "db", "admin" } } } },
        });
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private string Uri(string user, string password)
        => $"mongodb://{user}:{password}@127.0.0.1:{server.Port}/?directConnection=true&authSource=admin&authMechanism=SCRAM-SHA-256";

    [Fact]
    public async Task Unauthenticated_commands_are_refused_with_13_Unauthorized()
    {
        using var anonymous = new MongoClient(server.ConnectionString);
        var ping = await anonymous.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        Assert.Equal(1.0, ping["ok"].ToDouble());
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            anonymous.GetDatabase("shop").GetCollection<BsonDocument>("orders").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
        Assert.Equal(13, ex.Code);
        Assert.Equal("Unauthorized", ex.CodeName);
    }

    [Fact]
    public async Task Localhost_exception_ends_once_a_user_exists()
    {
        using var anonymous = new MongoClient(server.ConnectionString);
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => anonymous.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "createUser", "intruder" }, { "pwd", "x" }, { "roles", new BsonArray() },
        }));
        Assert.Equal(13, ex.Code);
    }

    [Fact]
    public async Task Driver_authenticates_with_SCRAM_SHA_256_and_can_work()
    {
        using var client = new MongoClient(Uri("teacher", "s3cret-pw"));
        var orders = client.GetDatabase("shop").GetCollection<BsonDocument>("orders");
        await orders.InsertOneAsync(new BsonDocument("_id", 1));
        Assert.Single(await orders.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
    }

    [Fact]
    public async Task Wrong_password_fails_with_18_AuthenticationFailed()
    {
        using var client = new MongoClient(Uri("teacher", "not-the-password"));
        var ex = await Assert.ThrowsAnyAsync<MongoException>(() => client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1)));
        var auth = ex as MongoAuthenticationException ?? ex.InnerException as MongoAuthenticationException;
        Assert.NotNull(auth);
        Assert.Contains("Authentication failed", auth!.ToString());
    }

    [Fact]
    public async Task Unknown_user_fails_like_a_wrong_password()
    {
        using var client = new MongoClient(Uri("nobody", "whatever"));
        var ex = await Assert.ThrowsAnyAsync<MongoException>(() => client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1)));
        Assert.Contains("Authentication failed", ex.ToString());
    }

    [Fact]
    public async Task Non_loopback_bind_without_authentication_is_refused_before_binding()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { BindAddress = IPAddress.Any.ToString() }));
        Assert.Contains("without authentication", ex.Message);
    }
}
