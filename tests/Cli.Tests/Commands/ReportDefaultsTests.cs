using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

public sealed partial class ReportDefaultsTests
{
    /// <summary>
    /// The main job at default settings (embedded server, 20,000 generated orders, images) must stay
    /// under 60 s on a 2-core machine. Wall time depends on whatever else runs (test projects run in
    /// parallel), so the bound is on CPU time of shop and its Chromium (bash's `time`, children
    /// included), which is what an idle machine's wall clock would show at most.
    /// </summary>
    [Fact]
    public async Task Report_at_default_settings_uses_under_60_cpu_seconds_and_writes_every_file()
    {
        Chromium.Require();
        using var folder = new TempFolder();
        var command = $"time dotnet '{ShopProcess.ShopDll}' report";
        var info = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment.Remove("MONGODB_URI");
        info.Environment["TIMEFORMAT"] = "cpu %U %S wall %R";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(cts.Token);
        var output = $"{await stdout}\n{await stderr}";
        Assert.True(process.ExitCode == 0, output);

        var times = TimeLine().Match(output);
        Assert.True(times.Success, output);
        var cpu = double.Parse(times.Groups["user"].Value, CultureInfo.InvariantCulture) + double.Parse(times.Groups["sys"].Value, CultureInfo.InvariantCulture);
        Assert.True(cpu < 60, $"shop report used {cpu:0.0} s of CPU (wall {clock.Elapsed.TotalSeconds:0.0} s)\n{output}");

        var report = Path.Combine(folder.Path, "report");
        Assert.True(File.Exists(Path.Combine(report, "report.html")));
        Assert.True(File.Exists(Path.Combine(report, "insights.json")));
        Assert.Equal(9, Directory.GetFiles(report, "*.png").Length);
        Assert.Equal(9, Directory.GetFiles(report, "*.svg").Length);
        Assert.Equal(12, Directory.GetFiles(report, "*.csv").Length);
        Assert.Contains("20,000 orders", output);
    }

    [GeneratedRegex(@"cpu (?<user>[\d.]+) (?<sys>[\d.]+) wall (?<wall>[\d.]+)")]
    private static partial Regex TimeLine();
}
