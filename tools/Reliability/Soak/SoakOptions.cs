namespace Reliability.Soak;

/// <summary>How long and how wide the soak runs.</summary>
public sealed record SoakOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clients in the load (besides the healthy one watched throughout); at least 16 gives every role its share.</summary>
    public int Clients { get; init; } = 16;

    public int Seed { get; init; } = 1;

    /// <summary>How far above its starting point the server's memory may stay once the data is dropped.</summary>
    public long MemoryAllowanceBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Progress lines (null: quiet).</summary>
    public Action<string>? Log { get; init; }
}
