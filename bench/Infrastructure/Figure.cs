namespace Bench.Infrastructure;

/// <summary>
/// One measured figure: our median against the reference's median on the same data in the same run.
/// <see cref="Ratio"/> is our time divided by the reference's time (below 1: we are faster); for rates
/// (<see cref="Unit"/> "docs/s") it is the reference's rate divided by ours, so it reads the same way.
/// </summary>
public sealed record Figure(
    string Suite,
    string Workload,
    long Size,
    double Ours,
    double Reference,
    string Unit,
    double Ratio,
    string Goal = "",
    bool? GoalMet = null,
    string Note = "");
