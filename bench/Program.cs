using System.Diagnostics;
using Bench.Infrastructure;

// Usage: dotnet run -c Release --project bench -- [suite|all] [--scale N] [--runs R]
//        dotnet run -c Release --project bench -- compare A.json B.json
// Prints one line per figure: workload, size, our median, the reference's median, ratio (our time /
// reference time: below 1 we are faster), and the goal it is held to; writes bench/results/<time>.json.
if (args.Length > 0 && args[0] == "compare")
{
    return ResultsComparison.Run(args[1..]);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("usage: bench [all|" + string.Join('|', SuiteTable.All.Select(s => s.Name)) + "] [--scale N] [--runs R]   (default: all)");
    Console.WriteLine("       bench compare A.json B.json");
    foreach (var suite in SuiteTable.All)
    {
        Console.WriteLine($"  {suite.Name,-10} {suite.Help} (default N = {suite.DefaultScale:N0}, median of {suite.DefaultRuns})");
    }

    return 0;
}

var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "all";
var suites = name == "all" ? SuiteTable.All : SuiteTable.Find(name) is { } one ? [one] : null;
if (suites is null)
{
    Console.Error.WriteLine($"unknown suite '{name}': use all, {string.Join(", ", SuiteTable.All.Select(s => s.Name))} or compare");
    return 2;
}

var scale = Option(args, "--scale");
var runs = Option(args, "--runs");
var started = DateTime.UtcNow;
var clock = Stopwatch.StartNew();
var machine = await MachineInfo.DescribeAsync();
Console.WriteLine($"{machine.Cpu}, {machine.Cores} cores, {machine.Os}, {machine.Dotnet}, commit {machine.Commit ?? "unknown"}, load {machine.LoadAverage}");
Report.Header();
var failures = 0;
foreach (var suite in suites)
{
    var options = new SuiteOptions(scale ?? suite.DefaultScale, runs ?? suite.DefaultRuns);
    Report.Suite = suite.Name;
    Console.WriteLine($"-- {suite.Name} (scale {options.Scale:N0}, median of {options.Runs})");
    var suiteClock = Stopwatch.StartNew();
    try
    {
        await suite.RunAsync(options);
    }
    catch (Exception ex)
    {
        failures++;
        Console.WriteLine($"!!! suite {suite.Name} failed: {ex}");
    }

    Report.Info($"{suite.Name} took {suiteClock.Elapsed.TotalSeconds:0} s");
}

var results = new ResultsFile(started, clock.Elapsed.TotalSeconds, "bench " + string.Join(' ', args), machine, MachineInfo.LoadAverageNow(), Report.Figures);
var path = results.Save();
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0} s, load {results.LoadAverageAtEnd}; results in {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
return failures == 0 ? 0 : 1;

static int? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : null;
}
