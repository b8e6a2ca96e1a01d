using System.Diagnostics;
using System.Globalization;

namespace Bench.Infrastructure;

/// <summary>Timing helpers and the one-line-per-figure report; every figure printed is also kept for the results file.</summary>
public static class Report
{
    private static readonly List<Figure> Recorded = [];

    /// <summary>The suite whose figures are being printed (set by the runner).</summary>
    public static string Suite { get; set; } = string.Empty;

    /// <summary>Every figure printed so far, in order.</summary>
    public static IReadOnlyList<Figure> Figures => Recorded;

    public static void Header() => Console.WriteLine(
        $"{"workload",-40} {"size",10} {"ours",14} {"reference",14} {"ratio",8}  goal");

    /// <summary>A time figure (milliseconds): ratio = ours / reference.</summary>
    public static Figure Duration(string workload, long size, double oursMs, double referenceMs, string goal = "", double? maxRatio = null, string note = "")
        => Add(new Figure(Suite, workload, size, oursMs, referenceMs, "ms", oursMs / referenceMs, goal, Met(oursMs / referenceMs, maxRatio), note));

    /// <summary>A rate figure (per second): ratio = reference / ours, so that below 1 still means "we are faster".</summary>
    public static Figure Throughput(string workload, long size, double ours, double reference, string goal = "", bool? goalMet = null)
        => Add(new Figure(Suite, workload, size, ours, reference, "docs/s", reference / ours, goal, goalMet));

    /// <summary>Prints and records a figure.</summary>
    public static Figure Add(Figure figure)
    {
        Recorded.Add(figure);
        var verdict = figure.GoalMet switch { true => " ok", false => " MISS", null => string.Empty };
        var ratio = ShowRatio(figure.Ratio);
        var goal = figure.Goal.Length == 0 ? string.Empty : $"  {figure.Goal}{verdict}";
        Console.WriteLine($"{figure.Workload,-40} {figure.Size,10} {Format(figure.Ours, figure.Unit),14} {Format(figure.Reference, figure.Unit),14} {ratio,8}{goal}");
        if (figure.Note.Length > 0)
        {
            Console.WriteLine($"  {figure.Note}");
        }

        return figure;
    }

    /// <summary>
    /// Prints a failure in full where it happens: disposing the server on the way out may throw again
    /// and hide the first exception.
    /// </summary>
    public static void Failure(Exception exception) => Console.WriteLine($"!!! {Suite} failed: {exception}");

    /// <summary>Runs <paramref name="body"/>, printing its exception (if any) before it travels through disposals.</summary>
    public static async Task GuardAsync(Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception ex)
        {
            Failure(ex);
            throw;
        }
    }

    /// <summary>A line of context under the figures (not a figure).</summary>
    public static void Info(string text) => Console.WriteLine("  " + text);

    public static string Format(double value, string unit) => !double.IsFinite(value)
        ? "n/a"
        : unit == "ms"
            ? value switch
            {
                >= 10_000 => (value / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
                >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
                _ => value.ToString("0.000", CultureInfo.InvariantCulture) + " ms",
            }
            : unit == "MB"
                ? value.ToString("0.0", CultureInfo.InvariantCulture) + " MB"
                : value.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    /// <summary>Two decimals; four below 0.1 so that a 200x speed-up does not print as 0.00.</summary>
    public static string ShowRatio(double ratio) => !double.IsFinite(ratio)
        ? "n/a"
        : ratio.ToString(ratio < 0.1 ? "0.0000" : "0.00", CultureInfo.InvariantCulture);

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

    private static bool? Met(double ratio, double? maxRatio) => maxRatio is { } max && double.IsFinite(ratio) ? ratio <= max : null;
}
