namespace Bench.Infrastructure;

/// <summary>
/// A named benchmark suite: what its scale means, its default scale, how to run it, and how many runs
/// it takes the median of unless told (one for suites where a single run takes minutes).
/// </summary>
public sealed record Suite(string Name, int DefaultScale, string Help, Func<SuiteOptions, Task> RunAsync, int DefaultRuns = 3);
