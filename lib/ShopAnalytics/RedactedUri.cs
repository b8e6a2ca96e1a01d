namespace ShopAnalytics;

/// <summary>Hides the password of a MongoDB connection string so that it can be printed or logged.</summary>
public static class RedactedUri
{
    /// <summary>"mongodb://user:secret@host/db" becomes "mongodb://user:****@host/db"; a URI without a password is returned as it is.</summary>
    public static string Redact(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return uri;
        }

        var start = scheme + 3;
        // The user info ends at the last '@' before the path: a password may hold a (wrongly unescaped) '@' or '/'.
        var at = uri.LastIndexOf('@', FindQueryStart(uri, start) - 1);
        if (at < start)
        {
            return uri;
        }

        var colon = uri.IndexOf(':', start);
        if (colon < 0 || colon > at)
        {
            return uri;
        }

        return string.Concat(uri.AsSpan(0, colon + 1), "****", uri.AsSpan(at));
    }

    private static int FindQueryStart(string uri, int start)
    {
        var query = uri.IndexOf('?', start);
        return query < 0 ? uri.Length : query;
    }
}
