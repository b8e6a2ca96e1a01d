using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

/// <summary>Bad input: one line on stderr, a non-zero exit code, never a stack trace.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string[], int, string> Cases => new()
    {
        { ["analyze", "what-is-the-meaning", "--uri", "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500"], 1, "unknown question 'what-is-the-meaning'" },
        { ["analyze", "total-revenue", "--uri", "not-a-connection-string"], 1, "not-a-connection-string" },
        { ["analyze", "total-revenue", "--uri", "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500&connectTimeoutMS=500"], 1, "127.0.0.1:1" },
        { ["analyze", "total-revenue", "--format", "xml"], 2, "--format" },
        { ["analyze", "monthly-revenue", "--chart", "chart.pdf"], 2, "--chart" },
        { ["analyze"], 2, "--list" },
        { ["seed", "--orders", "many"], 2, "'many' is not a valid number" },
        { ["seed", "--orders", "0"], 2, "--orders" },
        { ["seed", "--dataset", "imaginary"], 2, "--dataset" },
        { ["report", "--orders", "-5"], 2, "--orders" },
        { ["report", "--browser", "/nonexistent/chromium", "--uri", "mongodb://127.0.0.1:1/"], 1, "/nonexistent/chromium" },
        { ["seed", "--database", "bad/name"], 2, "--database" },
        { ["import", "olist", "/nonexistent/olist"], 1, "/nonexistent/olist" },
        { ["import", "olist", "."], 1, ".csv" },
        { ["import", "--collection", "things", "/nonexistent/file.json"], 1, "/nonexistent/file.json" },
        { ["import", "data.json"], 2, "--collection" },
        { ["import", "--collection", "things", "--types", "price=money", "data.csv"], 2, "--types" },
        { ["import", "--collection", "things", "--format", "xml", "data.csv"], 2, "--format" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_one_clear_line_and_a_non_zero_exit(string[] args, int exitCode, string mentioned)
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, new Dictionary<string, string?> { ["MONGODB_URI"] = null }, TimeSpan.FromMinutes(2), args);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("shop: ", line);
        Assert.Contains(mentioned, line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", line);
    }
}
