using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cli.Tests.Infrastructure;

/// <summary>
/// A MongoDB for a test class: MONGODB_URI when set (a real server), else `shop serve --port 0`
/// in its own data folder, so that the test can read the same data the commands wrote.
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process? process;

    private ServeProcess(Process? process, string uri)
    {
        this.process = process;
        Uri = uri;
    }

    public string Uri { get; }

    public bool IsExternal => process is null;

    public static async Task<ServeProcess> StartAsync(string folder)
    {
        var external = Environment.GetEnvironmentVariable("MONGODB_URI");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new ServeProcess(null, external);
        }

        var process = Process.Start(ShopProcess.StartInfo(folder, null, "serve", "--port", "0", "--dbpath", Path.Combine(folder, "served")))!;
        _ = process.StandardError.ReadToEndAsync();
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var match = ListeningLine().Match(line ?? string.Empty);
        if (!match.Success)
        {
            process.Kill();
            throw new InvalidOperationException($"shop serve printed '{line}' instead of its listening line");
        }

        return new ServeProcess(process, match.Groups["uri"].Value);
    }

    public async ValueTask DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            ShopProcess.Signal(process, ShopProcess.SigTerm);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        process.Dispose();
    }

    [GeneratedRegex(@"^listening on (?<uri>mongodb://127\.0\.0\.1:\d+/\S*)$")]
    private static partial Regex ListeningLine();
}
