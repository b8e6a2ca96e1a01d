using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// Linear interpolation of null and missing values between their non-null neighbours along the
/// sortBy axis: the rule of $fill's method "linear" and of the $linearFill window function.
/// </summary>
public static class LinearInterpolation
{
    /// <summary>
    /// For each position, the interpolated value (a double) where <paramref name="values"/> has a gap
    /// with numbers on both sides; null elsewhere. <paramref name="axis"/> is asked only for the ends
    /// and inside of gaps. A value that is neither empty nor a number is error 6050106.
    /// </summary>
    public static BsonValue?[] Gaps(IReadOnlyList<BsonValue?> values, Func<int, double> axis)
    {
        var filled = new BsonValue?[values.Count];
        var previous = -1;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value is null || value.IsBsonNull)
            {
                continue;
            }

            if (!BsonOrder.IsNumber(value))
            {
                throw Errors.Location(6050106, $"Value to be filled must be numeric, found {CommandArgs.TypeName(value)}");
            }

            if (previous >= 0 && i - previous > 1)
            {
                var (x0, x1) = (axis(previous), axis(i));
                var (y0, y1) = (Numeric.ToDouble(values[previous]!), Numeric.ToDouble(value));
                for (var k = previous + 1; k < i; k++)
                {
                    filled[k] = x1 == x0 ? y0 : y0 + ((y1 - y0) * (axis(k) - x0) / (x1 - x0));
                }
            }

            previous = i;
        }

        return filled;
    }
}
