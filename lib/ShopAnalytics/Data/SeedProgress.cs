namespace ShopAnalytics.Data;

/// <summary>How far a seeding run is: documents inserted so far in one collection, out of its total.</summary>
public sealed record SeedProgress(string Collection, long Inserted, long Total, TimeSpan Elapsed)
{
    /// <summary>Done share of this collection, 0..1.</summary>
    public double Fraction => Total == 0 ? 1 : (double)Inserted / Total;
}
