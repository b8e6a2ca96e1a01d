using System.ComponentModel;
using System.Diagnostics;

namespace Bench.Infrastructure;

/// <summary>Runs a child process to completion (node, npm, git, the shop CLI), capturing its output.</summary>
public static class ExternalProcess
{
    /// <summary>Exit code and output; null when the program cannot be started (not installed). Killed after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)?> RunAsync(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        IEnumerable<string>? unsetVariables = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in unsetVariables ?? [])
        {
            start.Environment.Remove(variable);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"cannot start {program}");
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(10));
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (-1, await output, $"killed after {(timeout ?? TimeSpan.FromMinutes(10)).TotalSeconds:0} s\n" + await error);
            }

            return (process.ExitCode, await output, await error);
        }
    }
}
