namespace Bench.Infrastructure;

/// <summary>A named benchmark suite: what its scale means, its default scale, and how to run it.</summary>
public sealed record Suite(string Name, int DefaultScale, string Help, Func<SuiteOptions, Task> RunAsync);
