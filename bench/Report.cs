using System.Diagnostics;
using System.Globalization;

namespace Bench;

/// <summary>Timing helpers and the one-line-per-figure report.</summary>
public static class Report
{
    public static void Header() => Console.WriteLine($"{"workload",-28} {"size",10} {"ours",14} {"reference",14} {"ratio",8}");

    public static void Line(string workload, long size, string ours, string reference, double ratio)
        => Console.WriteLine($"{workload,-28} {size,10} {ours,14} {reference,14} {ratio.ToString("0.00", CultureInfo.InvariantCulture),8}");

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>CPU time this process has used so far (all threads: driver and server alike).</summary>
    public static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    public static string Millis(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
