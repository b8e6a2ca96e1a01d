using System.Runtime.InteropServices;

namespace Bench.Infrastructure;

/// <summary>What the figures ran on, for the results file and BENCHMARKS.md.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Dotnet, string? Node, string? Commit, string LoadAverage)
{
    public static async Task<MachineInfo> DescribeAsync()
    {
        var node = await ExternalProcess.RunAsync("node", ["--version"], timeout: TimeSpan.FromSeconds(20));
        var commit = await ExternalProcess.RunAsync("git", ["rev-parse", "--short=12", "HEAD"], RepoPaths.Root, TimeSpan.FromSeconds(20));
        var dirty = await ExternalProcess.RunAsync("git", ["status", "--porcelain", "--untracked-files=no"], RepoPaths.Root, TimeSpan.FromSeconds(20));
        var commitText = commit is { ExitCode: 0 } c ? c.Output.Trim() + (dirty is { ExitCode: 0, Output.Length: > 0 } ? " (modified)" : string.Empty) : null;
        return new MachineInfo(
            CpuModel(),
            Environment.ProcessorCount,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            node is { ExitCode: 0 } n ? n.Output.Trim() : null,
            commitText,
            LoadAverageNow());
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "unknown".</summary>
    public static string LoadAverageNow()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
    }

    private static string CpuModel()
    {
        const string path = "/proc/cpuinfo";
        var line = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
