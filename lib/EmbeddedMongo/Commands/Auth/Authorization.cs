using EmbeddedMongo.Hosting;

namespace EmbeddedMongo.Commands.Auth;

/// <summary>What an unauthenticated connection may run when authentication is required.</summary>
public static class Authorization
{
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal)
    {
        "hello", "isMaster", "ismaster", "ping", "saslStart", "saslContinue", "endSessions",
    };

    public static bool AllowedBeforeAuthentication(ServerState server, ConnectionInfo connection, string command)
        => Open.Contains(command)
           // The localhost exception: with no user yet, a loopback client may create the first one.
           || command == "createUser" && connection.IsLoopback && !UserStore.Any(server.Storage);
}
