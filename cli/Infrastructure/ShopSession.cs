using EmbeddedMongo.Hosting;
using ShopAnalytics;

namespace ShopCli.Infrastructure;

/// <summary>
/// The database a command works on: the given URI, else MONGODB_URI, else an embedded server that
/// keeps its data in --dbpath so that commands run one after another see the same data.
/// </summary>
public sealed class ShopSession : IAsyncDisposable
{
    private readonly EmbeddedMongoServer? server;

    private ShopSession(ShopDatabase shop, EmbeddedMongoServer? server, string source)
    {
        Shop = shop;
        this.server = server;
        Source = source;
    }

    public ShopDatabase Shop { get; }

    /// <summary>Which MongoDB this is, for the user ("embedded server, data in ...", or the redacted URI).</summary>
    public string Source { get; }

    public static async Task<ShopSession> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var uri = string.IsNullOrWhiteSpace(settings.Uri) ? Environment.GetEnvironmentVariable(ShopConnectionOptions.EnvironmentVariable) : settings.Uri;
        if (!string.IsNullOrWhiteSpace(uri))
        {
            RequireValidUri(uri);
        }

        EmbeddedMongoServer? server = null;
        if (string.IsNullOrWhiteSpace(uri))
        {
            server = await StartEmbeddedAsync(settings.DbPath);
            uri = server.ConnectionString;
        }

        try
        {
            var shop = await ShopDatabase.ConnectAsync(
                new ShopConnectionOptions { ConnectionString = uri, UseEnvironment = false, DatabaseName = settings.Database },
                cancellationToken);
            var source = server is null ? shop.Description : $"embedded server (data in {Path.GetFullPath(settings.DbPath)})";
            return new ShopSession(shop, server, source);
        }
        catch (ShopConnectionException ex)
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            throw new UserError(ErrorReporter.OneLine(ex.Message));
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            throw;
        }
    }

    private static void RequireValidUri(string uri)
    {
        try
        {
            _ = MongoDB.Driver.MongoUrl.Create(uri);
        }
        catch (Exception ex) when (ex is MongoDB.Driver.MongoConfigurationException or ArgumentException or FormatException)
        {
            var shown = uri.Contains('@', StringComparison.Ordinal) ? "(hidden: it holds credentials)" : $"'{uri}'";
            throw new UserError($"bad connection string {shown}: {ErrorReporter.OneLine(ex.Message)}");
        }
    }

    private static async Task<EmbeddedMongoServer> StartEmbeddedAsync(string dbPath)
    {
        try
        {
            return await EmbeddedMongoServer.StartAsync(EmbeddedServerOptions.Create("127.0.0.1", 0, dbPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new UserError($"cannot open the embedded server's data folder '{Path.GetFullPath(dbPath)}': {ErrorReporter.OneLine(ex.Message)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Shop.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
