using Bench.Analytics;
using Bench.Suites;

namespace Bench.Infrastructure;

/// <summary>Every suite by name, sorted; `all` runs them in this order at their default scales.</summary>
public static class SuiteTable
{
    public static IReadOnlyList<Suite> All { get; } =
    [
        new("analytics", 100_000, "every analysis on N generated orders, through the driver, vs LINQ in memory and vs mingo 7 under Node", AnalyticsBench.RunAsync),
        new("index", 100_000, "indexed equality and range finds on N documents vs the same finds as collection scans", IndexBench.RunAsync),
        new("insert", 200_000, "bulk insert of N small documents through the driver vs BSON serialization alone", InsertBench.RunAsync),
        new("memory", 1_000_000, "peak extra heap of a $group over N documents vs the size of the collection it reads", MemoryBench.RunAsync),
        new("report", 20_000, "`shop report` end to end (new process, N generated orders) vs its database work done in process", ReportBench.RunAsync, DefaultRuns: 1),
        new("seed", 1_000_000, "generate and load a shop of N orders end to end vs generating it and serializing it to BSON", SeedBench.RunAsync, DefaultRuns: 1),
        new("stages", 100_000, "where the issue-3 analyses spend their time: each pipeline prefix on N orders, server side", StagesBench.RunAsync, DefaultRuns: 1),
    ];

    public static Suite? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
