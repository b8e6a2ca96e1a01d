namespace ShopAnalytics.Reporting;

/// <summary>
/// Finds a Chromium-family browser for static chart images: an explicit path, else the
/// SHOP_BROWSER environment variable, else the usual install locations (Debian's chromium first).
/// </summary>
public static class BrowserLocator
{
    /// <summary>The environment variable naming the browser executable.</summary>
    public const string EnvironmentVariable = "SHOP_BROWSER";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>
    /// The browser to use, or null when none is found. An explicit path (argument or environment)
    /// that does not exist is an error rather than a silent fallback.
    /// </summary>
    public static string? Find(string? explicitPath = null)
    {
        var named = string.IsNullOrWhiteSpace(explicitPath) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : explicitPath;
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named)
                ? Path.GetFullPath(named)
                : throw new FileNotFoundException($"browser '{named}' not found (from --browser or {EnvironmentVariable})", named);
        }

        return Candidates.FirstOrDefault(File.Exists);
    }
}
