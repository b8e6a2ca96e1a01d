using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$sum: numeric sum with type promotion; non-numeric values are ignored.</summary>
public sealed class SumAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private NumericSum sum;

    public override void Process(EvaluationContext context) => Argument.AddTo(context, ref sum);

    public override void Add(BsonValue? value) => sum.Add(value);

    public override BsonValue Finish() => sum.Result();
}

/// <summary>$avg: double average of numeric values (decimal128 when one is decimal); null without any.</summary>
public sealed class AvgAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private NumericSum sum;

    public override void Process(EvaluationContext context) => Argument.AddTo(context, ref sum);

    public override void Add(BsonValue? value) => sum.Add(value);

    public override BsonValue Finish() => sum.Average();
}

/// <summary>$stdDevPop and $stdDevSamp: Welford's running variance over numeric values, as a double.</summary>
public sealed class StdDevAccumulator(Expression argument, bool sample) : ValueAccumulator(argument)
{
    private long count;
    private double mean;
    private double m2;

    public override void Add(BsonValue? value)
    {
        if (!BsonOrder.IsNumber(value))
        {
            return;
        }

        var x = Numeric.ToDouble(value!);
        count++;
        var delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
    }

    public override BsonValue Finish()
    {
        if (count == 0 || (sample && count == 1))
        {
            return BsonNull.Value;
        }

        return new BsonDouble(Math.Sqrt(m2 / (sample ? count - 1 : count)));
    }
}
