using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>The preferred-number series $bucketAuto rounds bounds to (Renard, E-series, 1-2-5, powers of 2).</summary>
public sealed class Granularity
{
    private static readonly Dictionary<string, double[]> Series = new(StringComparer.Ordinal)
    {
        ["R5"] = [1.0, 1.6, 2.5, 4.0, 6.3],
        ["R10"] = [1.0, 1.25, 1.6, 2.0, 2.5, 3.15, 4.0, 5.0, 6.3, 8.0],
        ["R20"] = [1.0, 1.12, 1.25, 1.4, 1.6, 1.8, 2.0, 2.24, 2.5, 2.8, 3.15, 3.55, 4.0, 4.5, 5.0, 5.6, 6.3, 7.1, 8.0, 9.0],
        ["R40"] =
        [
            1.0, 1.06, 1.12, 1.18, 1.25, 1.32, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.12, 2.24, 2.36, 2.5, 2.65, 2.8, 3.0,
            3.15, 3.35, 3.55, 3.75, 4.0, 4.25, 4.5, 4.75, 5.0, 5.3, 5.6, 6.0, 6.3, 6.7, 7.1, 7.5, 8.0, 8.5, 9.0, 9.5,
        ],
        ["R80"] =
        [
            1.0, 1.03, 1.06, 1.09, 1.12, 1.15, 1.18, 1.22, 1.25, 1.28, 1.32, 1.36, 1.4, 1.45, 1.5, 1.55, 1.6, 1.65, 1.7, 1.75,
            1.8, 1.85, 1.9, 1.95, 2.0, 2.06, 2.12, 2.18, 2.24, 2.3, 2.36, 2.43, 2.5, 2.58, 2.65, 2.72, 2.8, 2.9, 3.0, 3.07,
            3.15, 3.25, 3.35, 3.45, 3.55, 3.65, 3.75, 3.87, 4.0, 4.12, 4.25, 4.37, 4.5, 4.62, 4.75, 4.87, 5.0, 5.15, 5.3, 5.45,
            5.6, 5.8, 6.0, 6.15, 6.3, 6.5, 6.7, 6.9, 7.1, 7.3, 7.5, 7.75, 8.0, 8.25, 8.5, 8.75, 9.0, 9.25, 9.5, 9.75,
        ],
        ["1-2-5"] = [1.0, 2.0, 5.0],
        ["E6"] = [1.0, 1.5, 2.2, 3.3, 4.7, 6.8],
        ["E12"] = [1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2],
        ["E24"] =
        [
            1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9, 4.3, 4.7, 5.1, 5.6, 6.2, 6.8, 7.5, 8.2, 9.1,
        ],
        ["E48"] =
        [
            1.00, 1.05, 1.10, 1.15, 1.21, 1.27, 1.33, 1.40, 1.47, 1.54, 1.62, 1.69, 1.78, 1.87, 1.96, 2.05, 2.15, 2.26, 2.37, 2.49,
            2.61, 2.74, 2.87, 3.01, 3.16, 3.32, 3.48, 3.65, 3.83, 4.02, 4.22, 4.42, 4.64, 4.87, 5.11, 5.36, 5.62, 5.90, 6.19, 6.49,
            6.81, 7.15, 7.50, 7.87, 8.25, 8.66, 9.09, 9.53,
        ],
        ["E96"] =
        [
            1.00, 1.02, 1.05, 1.07, 1.10, 1.13, 1.15, 1.18, 1.21, 1.24, 1.27, 1.30, 1.33, 1.37, 1.40, 1.43, 1.47, 1.50, 1.54, 1.58,
            1.62, 1.65, 1.69, 1.74, 1.78, 1.82, 1.87, 1.91, 1.96, 2.00, 2.05, 2.10, 2.15, 2.21, 2.26, 2.32, 2.37, 2.43, 2.49, 2.55,
            2.61, 2.67, 2.74, 2.80, 2.87, 2.94, 3.01, 3.09, 3.16, 3.24, 3.32, 3.40, 3.48, 3.57, 3.65, 3.74, 3.83, 3.92, 4.02, 4.12,
            4.22, 4.32, 4.42, 4.53, 4.64, 4.75, 4.87, 4.99, 5.11, 5.23, 5.36, 5.49, 5.62, 5.76, 5.90, 6.04, 6.19, 6.34, 6.49, 6.65,
            6.81, 6.98, 7.15, 7.32, 7.50, 7.68, 7.87, 8.06, 8.25, 8.45, 8.66, 8.87, 9.09, 9.31, 9.53, 9.76,
        ],
    };

    private readonly double[]? series;

    private Granularity(double[]? series) => this.series = series;

    public static Granularity Parse(string name)
    {
        if (name == "POWERSOF2")
        {
            return new Granularity(null);
        }

        return Series.TryGetValue(name, out var values)
            ? new Granularity(values)
            : throw Errors.Location(40257, $"Rounding granularity not recognized: {name}");
    }

    /// <summary>Rounds a number up; powers of two keep integral types, the other series give doubles.</summary>
    public BsonValue RoundUp(BsonValue value) => Shape(value, RoundUp(Numeric.ToDouble(value)));

    /// <summary>Rounds a number down; powers of two keep integral types, the other series give doubles.</summary>
    public BsonValue RoundDown(BsonValue value) => Shape(value, RoundDown(Numeric.ToDouble(value)));

    private BsonValue Shape(BsonValue original, double rounded)
    {
        // Zero is in every series: mongod hands the value back untouched, type included ({min: 0}, not 0.0).
        if (rounded == 0 && Numeric.ToDouble(original) == 0)
        {
            return original;
        }

        if (series is null && original.BsonType is BsonType.Int32 or BsonType.Int64)
        {
            return rounded <= int.MaxValue ? new BsonInt32((int)rounded) : new BsonInt64((long)rounded);
        }

        return new BsonDouble(rounded);
    }

    /// <summary>The smallest series value strictly greater than x (x itself when 0).</summary>
    public double RoundUp(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        if (series is null)
        {
            return Math.Pow(2, Math.Floor(Math.Log2(x)) + 1);
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(x)));
        foreach (var candidate in Ladder(scale))
        {
            if (candidate > x * (1 + 1e-15))
            {
                return candidate;
            }
        }

        return series[0] * scale * 100;
    }

    /// <summary>The largest series value strictly less than x (x itself when 0).</summary>
    public double RoundDown(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        if (series is null)
        {
            return Math.Pow(2, Math.Ceiling(Math.Log2(x)) - 1);
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(x)));
        var best = series[^1] * scale / 10;
        foreach (var candidate in Ladder(scale))
        {
            if (candidate < x * (1 - 1e-15))
            {
                best = candidate;
            }
        }

        return best;
    }

    private IEnumerable<double> Ladder(double scale)
    {
        foreach (var factor in new[] { scale / 10, scale, scale * 10 })
        {
            foreach (var value in series!)
            {
                yield return Math.Round(value * factor, 12);
            }
        }
    }
}
