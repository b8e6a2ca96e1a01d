namespace ShopAnalytics.Data;

/// <summary>Draws an index with probability proportional to its weight (cumulative table + binary search).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] cumulative;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("at least one weight must be positive", nameof(weights));
        }
    }

    public int Next(Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        // Skip zero-weight entries that share a cumulative value with their neighbour.
        return Math.Min(index, cumulative.Length - 1);
    }
}
