namespace ShopAnalytics.Data;

/// <summary>How <see cref="ShopSeeder"/> inserts: batch size, batches in flight, and whether to start clean.</summary>
public sealed record SeedOptions
{
    /// <summary>Documents per InsertMany (default 10,000).</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>Batches in flight at once (default 4).</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Drop the four collections first (default true).</summary>
    public bool DropFirst { get; init; } = true;

    /// <summary>
    /// Skip the validators while inserting generated data that is valid by construction (default false).
    /// Indexes are built after the load either way, as MongoDB advises for bulk loads.
    /// </summary>
    public bool BypassValidation { get; init; }
}
