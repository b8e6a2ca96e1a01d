namespace ShopAnalytics;

/// <summary>How <see cref="ShopDatabase.ConnectAsync"/> finds its MongoDB.</summary>
public sealed class ShopConnectionOptions
{
    /// <summary>The environment variable read when <see cref="ConnectionString"/> is not given.</summary>
    public const string EnvironmentVariable = "MONGODB_URI";

    /// <summary>An explicit connection string; when null, MONGODB_URI is used, and when that is unset the embedded server starts.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether to read MONGODB_URI when no <see cref="ConnectionString"/> is given (default true).</summary>
    public bool UseEnvironment { get; set; } = true;

    /// <summary>The database holding the shop's collections (default "shop").</summary>
    public string DatabaseName { get; set; } = "shop";

    /// <summary>How long to wait for a server to answer before giving up with a clear error (default 5 s).</summary>
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The loopback port for the embedded server; 0 picks a free one.</summary>
    public int EmbeddedPort { get; set; }
}
