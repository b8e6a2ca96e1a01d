using System.Diagnostics;
using System.Text.RegularExpressions;
using Cli.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    [Theory]
    [InlineData(ShopProcess.SigTerm)]
    [InlineData(ShopProcess.SigInt)]
    public async Task Serve_prints_one_listening_line_serves_and_exits_0_on_signal(string signal)
    {
        using var folder = new TempFolder();
        using var process = Process.Start(ShopProcess.StartInfo(folder.Path, null, "serve", "--port", "0", "--dbpath", folder.Combine("data")))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(line);
        var match = ListeningLine().Match(line);
        Assert.True(match.Success, $"unexpected first line: {line}");

        var client = new MongoClient(match.Groups["uri"].Value);
        var ping = await client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        Assert.Equal(1.0, ping["ok"].ToDouble());

        ShopProcess.Signal(process, signal);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await process.StandardOutput.ReadToEndAsync());
        Assert.DoesNotContain("Exception", await stderr);
    }

    [Fact]
    public async Task Serve_refuses_a_non_loopback_bind_with_one_line()
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, "serve", "--port", "0", "--bind", "shop-host.invalid");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("loopback", line);
    }

    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "70000")]
    [InlineData("--bogus", "1")]
    public async Task Serve_rejects_bad_arguments_with_one_line_and_exit_2(string option, string value)
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, "serve", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [GeneratedRegex(@"^listening on (?<uri>mongodb://127\.0\.0\.1:\d+/\S*)$")]
    private static partial Regex ListeningLine();
}
