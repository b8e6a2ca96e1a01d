namespace ShopAnalytics.Data;

/// <summary>
/// What <see cref="ShopDataGenerator"/> makes: how many orders (the scale), from which seed, over which
/// fixed date range. Customer and product counts follow the scale unless given.
/// </summary>
public sealed record GeneratorOptions
{
    public const int MaxOrders = 5_000_000;

    /// <summary>Number of orders (about three items each). From 1 to <see cref="MaxOrders"/>.</summary>
    public int Orders { get; init; } = 10_000;

    /// <summary>The same seed gives the same shop, in any process.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Customers; default one per six orders (at least 20).</summary>
    public int? Customers { get; init; }

    /// <summary>Products; default between 40 and 1,000 depending on the scale.</summary>
    public int? Products { get; init; }

    /// <summary>First day of orders (UTC). Fixed so that the data does not depend on today's date.</summary>
    public DateTime Start { get; init; } = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>End of the order range (exclusive, UTC).</summary>
    public DateTime End { get; init; } = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Share of customers who never order (default 10%).</summary>
    public double InactiveShare { get; init; } = 0.10;

    /// <summary>Share of products with no stock left (default 5%, at least one).</summary>
    public double OutOfStockShare { get; init; } = 0.05;

    internal int CustomerCount => Customers ?? Math.Max(20, Orders / 6);

    internal int ProductCount => Products ?? Math.Clamp(Orders / 100, 40, 1_000);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Orders, 1, nameof(Orders));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Orders, MaxOrders, nameof(Orders));
        ArgumentOutOfRangeException.ThrowIfLessThan(CustomerCount, 2, nameof(Customers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProductCount, 2, nameof(Products));
        if (End <= Start)
        {
            throw new ArgumentException("End must come after Start", nameof(End));
        }
    }
}
