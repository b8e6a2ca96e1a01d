using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Reliability;

/// <summary>
/// The built `shop serve --port 0 --dbpath DIR` as a child process: started, waited for until it
/// prints its listening line, then killed outright (SIGKILL) or stopped as a service manager would (SIGTERM).
/// </summary>
public sealed partial class ShopServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr;

    private ShopServerProcess(Process process, StringBuilder stderr, string uri)
    {
        this.process = process;
        this.stderr = stderr;
        ConnectionString = uri;
    }

    /// <summary>Where the cli was built (next to this tool, same configuration).</summary>
    public static string ShopDll { get; } = typeof(ShopServerProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ShopDll").Value!;

    public string ConnectionString { get; }

    /// <summary>What the server wrote to stderr so far (journal recovery notes, errors).</summary>
    public string ErrorOutput
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public static async Task<ShopServerProcess> StartAsync(string dbPath, TimeSpan timeout)
    {
        if (!File.Exists(ShopDll))
        {
            throw new FileNotFoundException($"shop.dll was not built at {ShopDll}");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { ShopDll, "serve", "--port", "0", "--dbpath", dbPath })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        var process = Process.Start(info)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var server = new ShopServerProcess(process, stderr, string.Empty);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            server.Dispose();
            throw new InvalidOperationException($"shop serve did not start within {timeout}: {server.ErrorOutput}");
        }

        var match = ListeningLine().Match(line ?? string.Empty);
        if (!match.Success)
        {
            server.Dispose();
            throw new InvalidOperationException($"shop serve printed '{line}' instead of its listening line: {server.ErrorOutput}");
        }

        _ = process.StandardOutput.ReadToEndAsync();
        return new ShopServerProcess(process, stderr, match.Groups["uri"].Value);
    }

    /// <summary>SIGKILL: the process dies at once, mid-write, with no chance to flush or checkpoint.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: a requested stop (the server checkpoints and exits).</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new InvalidOperationException($"shop serve did not stop within {timeout} of SIGTERM");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"shop serve exited with {process.ExitCode} after SIGTERM: {ErrorOutput}");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"^listening on (?<uri>mongodb://127\.0\.0\.1:\d+/\S*)$")]
    private static partial Regex ListeningLine();
}
