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

    /// <summary>Set once the handshake has been answered.</summary>
    public bool HandshakeDone { get; set; }
}
