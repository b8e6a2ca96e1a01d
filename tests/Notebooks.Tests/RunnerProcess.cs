using System.Diagnostics;

namespace Notebooks.Tests;

/// <summary>Runs the headless notebook runner in a process of its own and captures what it printed.</summary>
public static class RunnerProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string notebook, string? outputPath = null, TimeSpan? timeout = null)
    {
        Assert.True(File.Exists(RepoPaths.RunnerDll), $"the notebook runner was not built: {RepoPaths.RunnerDll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(notebook)!,
        };
        start.ArgumentList.Add(RepoPaths.RunnerDll);
        start.ArgumentList.Add(notebook);
        if (outputPath is not null)
        {
            start.ArgumentList.Add("--out");
            start.ArgumentList.Add(outputPath);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(notebook)} did not finish within {(timeout ?? TimeSpan.FromMinutes(3)).TotalSeconds} s:\n{await stdout}");
        }

        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
