using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>
/// Sums BSON numbers as $sum does: int32 while it fits, then int64, then double on int64
/// overflow; any double makes the result a double (compensated summation); any decimal128 makes
/// it an exact decimal128. Non-numbers are ignored. A mutable struct held in a field of its accumulator
/// (one object per group instead of two): never copy it, never hold it in a readonly field.
/// </summary>
public struct NumericSum
{
    private long longSum;
    private double doubleSum;
    private double compensation;
    private decimal decimalSum;
    private bool hasLong;
    private bool hasDouble;
    private bool hasDecimal;
    private bool decimalOverflow;

    public long Count { readonly get; private set; }

    public readonly bool HasDecimal => hasDecimal;

    public void Add(BsonValue? value)
    {
        switch (value?.BsonType)
        {
            case BsonType.Int32:
                AddLong(value.AsInt32);
                break;
            case BsonType.Int64:
                hasLong = true;
                AddLong(value.AsInt64);
                break;
            case BsonType.Double:
                hasDouble = true;
                AddDouble(value.AsDouble);
                break;
            case BsonType.Decimal128:
                AddDecimal(value.AsDecimal128);
                return;
            default:
                return;
        }

        Count++;
    }

    /// <summary>Adds a decimal128 (exactly while the total fits a decimal, else as a double from then on).</summary>
    public void AddDecimal(Decimal128 value)
    {
        hasDecimal = true;
        if (!decimalOverflow && Numeric.TryToDecimal(value, out var d))
        {
            try
            {
                decimalSum += d;
            }
            catch (OverflowException)
            {
                decimalOverflow = true;
            }
        }
        else
        {
            decimalOverflow = true;
            AddDouble(Decimal128.ToDouble(value));
        }

        Count++;
    }

    public void Subtract(BsonValue? value)
    {
        switch (value?.BsonType)
        {
            case BsonType.Int32 or BsonType.Int64:
                AddLong(-value.ToInt64());
                break;
            case BsonType.Double:
                AddDouble(-value.AsDouble);
                break;
            case BsonType.Decimal128 when Numeric.TryToDecimal(value.AsDecimal128, out var d):
                decimalSum -= d;
                break;
            default:
                return;
        }

        Count--;
    }

    private void AddLong(long value)
    {
        var result = longSum + value;
        if (((longSum ^ result) & (value ^ result)) < 0)
        {
            // int64 overflow: the server carries on in double.
            hasDouble = true;
            AddDouble(longSum);
            AddDouble(value);
            longSum = 0;
            return;
        }

        longSum = result;
    }

    private void AddDouble(double value)
    {
        // Kahan-Babuska (Neumaier) compensated summation.
        var t = doubleSum + value;
        if (Math.Abs(doubleSum) >= Math.Abs(value))
        {
            compensation += (doubleSum - t) + value;
        }
        else
        {
            compensation += (value - t) + doubleSum;
        }

        doubleSum = t;
    }

    private readonly double DoubleTotal => doubleSum + compensation + longSum;

    /// <summary>The sum with the type the rules give (0 as int32 when nothing was added).</summary>
    public readonly BsonValue Result()
    {
        if (hasDecimal)
        {
            return decimalOverflow ? new BsonDecimal128(Numeric.DoubleToDecimal128(DoubleTotal + (double)decimalSum)) : new BsonDecimal128(new Decimal128(DecimalTotal()));
        }

        if (hasDouble)
        {
            return new BsonDouble(DoubleTotal);
        }

        if (hasLong || longSum is > int.MaxValue or < int.MinValue)
        {
            return new BsonInt64(longSum);
        }

        return new BsonInt32((int)longSum);
    }

    /// <summary>The average (double, or decimal128 when a decimal was seen); null when nothing numeric came.</summary>
    public readonly BsonValue Average()
    {
        if (Count == 0)
        {
            return BsonNull.Value;
        }

        if (hasDecimal && !decimalOverflow)
        {
            return new BsonDecimal128(new Decimal128(DecimalTotal() / Count));
        }

        return new BsonDouble(DoubleTotal / Count);
    }

    private readonly decimal DecimalTotal()
    {
        var total = decimalSum + longSum;
        var doubles = doubleSum + compensation;
        if (doubles != 0)
        {
            total += Numeric.TryToDecimal(new BsonDouble(doubles), out var d) ? d : (decimal)doubles;
        }

        return total;
    }
}
