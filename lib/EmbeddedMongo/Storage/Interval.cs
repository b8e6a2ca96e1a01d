using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// A range of index key values in ascending BSON order. Range bounds are type-bracketed as the
/// server does: <c>{$gt: 5}</c> is <c>(5, inf.0]</c>, never reaching strings.
/// </summary>
public sealed record Interval(BsonValue Low, bool LowInclusive, BsonValue High, bool HighInclusive)
{
    public static readonly Interval Full = new(BsonMinKey.Value, true, BsonMaxKey.Value, true);

    public static Interval Point(BsonValue value) => new(value, true, value, true);

    public bool IsPoint => LowInclusive && HighInclusive && BsonOrder.CompareValues(Low, High) == 0;

    public bool IsFull => Low is BsonMinKey && High is BsonMaxKey;

    public bool IsEmpty
    {
        get
        {
            var c = BsonOrder.CompareValues(Low, High);
            return c > 0 || (c == 0 && !(LowInclusive && HighInclusive));
        }
    }

    public bool Contains(BsonValue value)
    {
        var low = BsonOrder.CompareValues(Low, value);
        if (low > 0 || (low == 0 && !LowInclusive))
        {
            return false;
        }

        var high = BsonOrder.CompareValues(value, High);
        return high < 0 || (high == 0 && HighInclusive);
    }

    public Interval? Intersect(Interval other)
    {
        var (low, lowInclusive) = MaxLow(this, other);
        var (high, highInclusive) = MinHigh(this, other);
        var result = new Interval(low, lowInclusive, high, highInclusive);
        return result.IsEmpty ? null : result;
    }

    private static (BsonValue, bool) MaxLow(Interval a, Interval b)
    {
        var c = BsonOrder.CompareValues(a.Low, b.Low);
        return c > 0 ? (a.Low, a.LowInclusive) : c < 0 ? (b.Low, b.LowInclusive) : (a.Low, a.LowInclusive && b.LowInclusive);
    }

    private static (BsonValue, bool) MinHigh(Interval a, Interval b)
    {
        var c = BsonOrder.CompareValues(a.High, b.High);
        return c < 0 ? (a.High, a.HighInclusive) : c > 0 ? (b.High, b.HighInclusive) : (a.High, a.HighInclusive && b.HighInclusive);
    }

    /// <summary>The interval as explain prints it, e.g. <c>[5, 5]</c>, <c>(3, inf.0]</c>; reversed for descending fields.</summary>
    public string Render(bool descending)
        => descending
            ? $"{(HighInclusive ? "[" : "(")}{RenderValue(High)}, {RenderValue(Low)}{(LowInclusive ? "]" : ")")}"
            : $"{(LowInclusive ? "[" : "(")}{RenderValue(Low)}, {RenderValue(High)}{(HighInclusive ? "]" : ")")}";

    public static string RenderValue(BsonValue value) => value switch
    {
        BsonMinKey => "MinKey",
        BsonMaxKey => "MaxKey",
        BsonString s => "\"" + s.Value + "\"",
        BsonDouble d when double.IsPositiveInfinity(d.Value) => "inf.0",
        BsonDouble d when double.IsNegativeInfinity(d.Value) => "-inf.0",
        BsonDouble d => d.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        BsonObjectId o => $"ObjectId('{o.Value}')",
        BsonDateTime dt => $"new Date({dt.MillisecondsSinceEpoch})",
        BsonBoolean b => b.Value ? "true" : "false",
        BsonNull => "null",
        BsonUndefined => "undefined",
        _ => value.ToString() ?? string.Empty,
    };
}
