namespace EmbeddedMongo.Protocol;

/// <summary>A message that cannot be framed: the connection that sent it is closed.</summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string message) : base(message)
    {
    }

    public ProtocolException()
    {
    }

    public ProtocolException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
