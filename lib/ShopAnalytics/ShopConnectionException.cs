namespace ShopAnalytics;

/// <summary>No MongoDB answered at the configured address (the message carries the redacted URI).</summary>
public sealed class ShopConnectionException : Exception
{
    public ShopConnectionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
