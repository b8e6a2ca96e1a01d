namespace Cli.Tests.Infrastructure;

/// <summary>The Chromium the report tests need: SHOP_BROWSER, else Debian's /usr/bin/chromium. Missing: the test fails.</summary>
public static class Chromium
{
    public static string Require()
    {
        var named = Environment.GetEnvironmentVariable("SHOP_BROWSER");
        var path = string.IsNullOrWhiteSpace(named) ? "/usr/bin/chromium" : named;
        Assert.True(
            File.Exists(path),
            $"Chromium is required for this test and was not found at {path}: install it (apt-get install chromium; .ci/run does) or set SHOP_BROWSER");
        return path;
    }

    public static readonly string[] LaunchFlags =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
