using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Cli.Tests.Infrastructure;

/// <summary>The outcome of one `shop` run.</summary>
public sealed record ShopResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the built `shop.dll` as a separate process, as a user would, in a working folder of
/// the test's choosing (so that the embedded server's data folder is the test's own).
/// </summary>
public static class ShopProcess
{
    public static string ShopDll { get; } = typeof(ShopProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ShopDll").Value!;

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        if (!File.Exists(ShopDll))
        {
            throw new FileNotFoundException($"shop.dll was not built at {ShopDll}");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(ShopDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    public static Task<ShopResult> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, null, TimeSpan.FromSeconds(120), args);

    public static async Task<ShopResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"shop {string.Join(' ', args)} did not finish within {timeout}: {await stderr}");
        }

        return new ShopResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Sends a POSIX signal (INT or TERM) to a process, as Ctrl+C or a service manager would.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signal} {process.Id} failed with exit code {kill.ExitCode}");
        }
    }

    public const string SigInt = "INT";
    public const string SigTerm = "TERM";
}
