using EmbeddedMongo.Hosting;

namespace ShopCli.Infrastructure;

/// <summary>The options `shop` starts the embedded server with.</summary>
public static class EmbeddedServerOptions
{
    public static EmbeddedMongoOptions Create(string bind, int port, string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return new EmbeddedMongoOptions
        {
            BindAddress = bind,
            Port = port,
            DataDirectory = Path.GetFullPath(dataDirectory),
            Log = Console.Error.WriteLine,
        };
    }
}
