using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// A $setWindowFields window: documents: [lower, upper] (positions relative to the current
/// document, or "unbounded"/"current") or range: [lower, upper] (offsets added to the current
/// document's sortBy value, with an optional time unit). No window means the whole partition.
/// </summary>
public sealed class WindowBounds
{
    private WindowBounds(bool isRange, BsonValue lower, BsonValue upper, string? unit)
    {
        IsRange = isRange;
        Lower = lower;
        Upper = upper;
        Unit = unit;
    }

    public static readonly WindowBounds WholePartition = new(false, "unbounded", "unbounded", null);

    public bool IsRange { get; }

    public BsonValue Lower { get; }

    public BsonValue Upper { get; }

    public string? Unit { get; }

    public bool IsWholePartition => !IsRange && IsUnbounded(Lower) && IsUnbounded(Upper);

    /// <summary>documents: ["unbounded", "current"]: a running total, computed incrementally.</summary>
    public bool IsRunning => !IsRange && IsUnbounded(Lower) && IsCurrent(Upper);

    public static WindowBounds Parse(BsonDocument window)
    {
        var hasDocuments = window.TryGetValue("documents", out var documents);
        var hasRange = window.TryGetValue("range", out var range);
        foreach (var element in window)
        {
            if (element.Name is not ("documents" or "range" or "unit"))
            {
                throw Errors.FailedToParse($"'window' field can only contain 'documents' as the only argument or 'range' with an optional 'unit' field, found '{element.Name}'");
            }
        }

        if (hasDocuments == hasRange)
        {
            throw Errors.FailedToParse("'window' field can only contain 'documents' as the only argument or 'range' with an optional 'unit' field");
        }

        var bounds = (hasDocuments ? documents : range) as BsonArray;
        if (bounds is not { Count: 2 })
        {
            throw Errors.FailedToParse($"Window bounds must be a 2-element array: {(hasDocuments ? documents : range)}");
        }

        var unit = window.GetValue("unit", BsonNull.Value) is BsonString u ? u.Value : null;
        foreach (var bound in bounds)
        {
            var valid = IsUnbounded(bound) || IsCurrent(bound) || BsonOrder.IsNumber(bound) && (hasRange || IsWhole(bound));
            if (!valid)
            {
                throw Errors.FailedToParse($"Numeric document-based bounds must be an integer, 'unbounded' or 'current': {bound}");
            }
        }

        if (hasDocuments && BsonOrder.IsNumber(bounds[0]) && BsonOrder.IsNumber(bounds[1]) && Numeric.ToDouble(bounds[0]) > Numeric.ToDouble(bounds[1]))
        {
            throw Errors.FailedToParse("Lower bound must not exceed upper bound");
        }

        return new WindowBounds(hasRange, bounds[0], bounds[1], unit);
    }

    public static bool IsUnbounded(BsonValue bound) => bound is BsonString { Value: "unbounded" };

    public static bool IsCurrent(BsonValue bound) => bound is BsonString { Value: "current" };

    private static bool IsWhole(BsonValue bound) => Numeric.ToDouble(bound) == Math.Floor(Numeric.ToDouble(bound));

    /// <summary>The positions [from, to] (inclusive, clipped) of a documents window around position i of n.</summary>
    public (int From, int To) Positions(int i, int n)
    {
        var from = IsUnbounded(Lower) ? 0 : IsCurrent(Lower) ? i : i + (int)Numeric.ToDouble(Lower);
        var to = IsUnbounded(Upper) ? n - 1 : IsCurrent(Upper) ? i : i + (int)Numeric.ToDouble(Upper);
        return (Math.Max(0, from), Math.Min(n - 1, to));
    }

    /// <summary>The sort-value interval of a range window around <paramref name="current"/>.</summary>
    public (BsonValue? Low, BsonValue? High) Values(BsonValue current)
        => (Offset(current, Lower), Offset(current, Upper));

    private BsonValue? Offset(BsonValue current, BsonValue bound)
    {
        if (IsUnbounded(bound))
        {
            return null;
        }

        if (IsCurrent(bound))
        {
            return current;
        }

        if (Unit is null)
        {
            if (!BsonOrder.IsNumber(current))
            {
                throw Errors.Location(5429414, "Invalid range: Expected the sortBy field to be a number, but it was " + CommandArgs.TypeName(current));
            }

            return Numeric.ToDouble(current) + Numeric.ToDouble(bound);
        }

        if (current is not BsonDateTime date)
        {
            throw Errors.Location(5429513, "Invalid range: Expected the sortBy field to be a Date, but it was " + CommandArgs.TypeName(current));
        }

        var amount = (long)Numeric.ToDouble(bound);
        var at = date.ToUniversalTime();
        var moved = Unit switch
        {
            "millisecond" => at.AddMilliseconds(amount),
            "second" => at.AddSeconds(amount),
            "minute" => at.AddMinutes(amount),
            "hour" => at.AddHours(amount),
            "day" => at.AddDays(amount),
            "week" => at.AddDays(7 * amount),
            "month" => at.AddMonths((int)amount),
            "quarter" => at.AddMonths(3 * (int)amount),
            "year" => at.AddYears((int)amount),
            _ => throw Errors.FailedToParse($"unknown time unit value: {Unit}"),
        };
        return new BsonDateTime(moved);
    }
}
