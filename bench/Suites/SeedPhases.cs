using System.Globalization;
using ShopAnalytics.Data;

namespace Bench.Suites;

/// <summary>
/// Where a seeding run spends its time, read from the seeder's own progress reports (no extra run):
/// the time at which each collection's last batch landed, and what is left after that (the index builds).
/// </summary>
public sealed class SeedPhases : IProgress<SeedProgress>
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Total, TimeSpan Done)> finished = new(StringComparer.Ordinal);

    public void Report(SeedProgress value)
    {
        lock (gate)
        {
            if (value.Inserted == value.Total)
            {
                finished[value.Collection] = (value.Total, value.Elapsed);
            }
        }
    }

    /// <summary>"customers 20,000 in 0.4 s (50,000/s), ..., indexes 3.1 s" given the whole seeding time.</summary>
    public string Describe(TimeSpan seeding)
    {
        lock (gate)
        {
            var parts = new List<string>();
            var previous = TimeSpan.Zero;
            foreach (var (name, (total, done)) in finished.OrderBy(f => f.Value.Done))
            {
                var took = done - previous;
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {total:N0} in {took.TotalSeconds:0.0} s ({total / Math.Max(took.TotalSeconds, 1e-3):N0}/s)"));
                previous = done;
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"validators, drops and indexes {(seeding - previous).TotalSeconds:0.0} s"));
            return string.Join(", ", parts);
        }
    }
}
