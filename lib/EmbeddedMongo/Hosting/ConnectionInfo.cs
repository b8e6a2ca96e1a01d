namespace EmbeddedMongo.Hosting;

/// <summary>What the server knows of one client connection.</summary>
public sealed class ConnectionInfo
{
    public ConnectionInfo(long id, string remote, string local)
    {
        Id = id;
        Remote = remote;
        Local = local;
    }

    public long Id { get; }

    public string Remote { get; }

    public string Local { get; }

    /// <summary>The user this connection authenticated as ("db.user"), if any.</summary>
    public string? AuthenticatedUser { get; set; }

    /// <summary>An authentication exchange in progress (saslStart ... saslContinue).</summary>
    public Commands.Auth.ScramConversation? Conversation { get; set; }

    /// <summary>Whether the client connected from a loopback address (MongoDB's localhost exception).</summary>
    public bool IsLoopback => System.Net.IPEndPoint.TryParse(Remote, out var endpoint) && System.Net.IPAddress.IsLoopback(endpoint.Address);

    /// <summary>Set once the handshake has been answered.</summary>
    public bool HandshakeDone { get; set; }
}
