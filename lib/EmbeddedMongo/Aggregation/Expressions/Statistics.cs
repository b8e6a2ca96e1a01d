using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// $sum, $avg, $min, $max, $stdDevPop, $stdDevSamp in their expression forms: one array argument is
/// taken element by element; with several arguments each one is a value. Non-numbers are ignored.
/// </summary>
internal static class Statistics
{
    public static readonly OperatorTable Table = new(
        ("$avg", Op.Nary(a => Avg(Inputs(a)))),
        ("$max", Op.Nary(a => Extreme(Inputs(a), 1))),
        ("$median", (name, arg) => Accumulators.PercentileDefinition.ParseExpression(arg, name, median: true)),
        ("$min", Op.Nary(a => Extreme(Inputs(a), -1))),
        ("$percentile", (name, arg) => Accumulators.PercentileDefinition.ParseExpression(arg, name, median: false)),
        ("$stdDevPop", Op.Nary(a => StdDev(Inputs(a), sample: false))),
        ("$stdDevSamp", Op.Nary(a => StdDev(Inputs(a), sample: true))),
        ("$sum", Op.Nary(a => Sum(Inputs(a)))));

    private static IEnumerable<BsonValue?> Inputs(BsonValue?[] args) => args.Length == 1 && args[0] is BsonArray a ? a : args;

    /// <summary>The sum with the accumulator's type rules: int, then long, then double on overflow; decimal if any decimal.</summary>
    public static BsonValue Sum(IEnumerable<BsonValue?> values)
    {
        var numbers = values.Where(Values.IsNumber).Cast<BsonValue?>().ToArray();
        return numbers.Length == 0 ? new BsonInt32(0) : Arithmetic.Add(numbers);
    }

    private static BsonValue Avg(IEnumerable<BsonValue?> values)
    {
        var numbers = values.Where(Values.IsNumber).Select(v => v!).ToArray();
        if (numbers.Length == 0)
        {
            return BsonNull.Value;
        }

        if (numbers.Any(n => n.BsonType == BsonType.Decimal128))
        {
            var total = Decimal128.Zero;
            foreach (var n in numbers)
            {
                total = DecimalMath.Add(total, Numeric.ToDecimal128(n));
            }

            return new BsonDecimal128(DecimalMath.Divide(total, new Decimal128(numbers.Length)));
        }

        var sum = Arithmetic.Add(numbers);
        return new BsonDouble(Numeric.ToDouble(sum) / numbers.Length);
    }

    private static BsonValue Extreme(IEnumerable<BsonValue?> values, int direction)
    {
        BsonValue? best = null;
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                continue;
            }

            if (best is null || Comparison.Compare(v, best) * direction > 0)
            {
                best = v;
            }
        }

        return best ?? BsonNull.Value;
    }

    private static BsonValue StdDev(IEnumerable<BsonValue?> values, bool sample)
    {
        var numbers = values.Where(Values.IsNumber).Select(v => Numeric.ToDouble(v!)).ToArray();
        var n = numbers.Length;
        if (n == 0 || (sample && n == 1))
        {
            return BsonNull.Value;
        }

        double mean = 0, m2 = 0;
        for (var i = 0; i < n; i++)
        {
            var delta = numbers[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (numbers[i] - mean);
        }

        return new BsonDouble(Math.Sqrt(m2 / (sample ? n - 1 : n)));
    }
}
