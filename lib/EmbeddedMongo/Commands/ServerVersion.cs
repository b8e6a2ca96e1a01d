namespace EmbeddedMongo.Commands;

/// <summary>The MongoDB release whose documented semantics this server follows.</summary>
public static class ServerVersion
{
    public const string Version = "8.0.0";

    /// <summary>Wire version 25 is MongoDB 8.0.</summary>
    public const int MaxWireVersion = 25;
}
