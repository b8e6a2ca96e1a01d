namespace Reliability.Crash;

/// <summary>How hard to crash: kill/restart cycles, writer clients, and how long each load runs before the kill.</summary>
public sealed record CrashOptions
{
    public int Cycles { get; init; } = 3;

    public int Clients { get; init; } = 6;

    /// <summary>The longest a load runs before the kill (each cycle picks between half of it and all of it).</summary>
    public TimeSpan MaxLoad { get; init; } = TimeSpan.FromSeconds(2);

    public int Seed { get; init; } = 1;

    /// <summary>Progress lines (null: quiet).</summary>
    public Action<string>? Log { get; init; }
}
