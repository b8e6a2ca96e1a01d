using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$dateAdd, $dateSubtract, $dateDiff and $dateTrunc: calendar units in the given time zone.</summary>
internal static class DateArithmetic
{
    public static readonly OperatorTable Table = new(
        ("$dateAdd", (n, a) => ParseAdd(n, a, 1)),
        ("$dateDiff", ParseDiff),
        ("$dateSubtract", (n, a) => ParseAdd(n, a, -1)),
        ("$dateTrunc", DateTruncation.Parse));

    internal enum Unit
    {
        Millisecond,
        Second,
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Quarter,
        Year,
    }

    internal static Dictionary<string, Expression> Named(string name, BsonValue argument, string[] allowed, int notObjectCode, string notObjectMessage, int unknownCode)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(notObjectCode, notObjectMessage);
        }

        var result = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var element in d)
        {
            if (!allowed.Contains(element.Name))
            {
                throw Errors.Location(unknownCode, $"Unrecognized argument to {name}: {element.Name}");
            }

            result[element.Name] = ExpressionParser.Parse(element.Value);
        }

        return result;
    }

    internal static Expression Required(Dictionary<string, Expression> args, string field, string name, int code)
        => args.GetValueOrDefault(field) ?? throw Errors.Location(code, $"Missing '{field}' parameter to {name}");

    internal static Unit ParseUnit(string name, BsonValue v)
    {
        if (v is not BsonString s)
        {
            throw Errors.Location(5439013, $"{name} requires 'unit' to be a string, but got {Values.TypeName(v)}");
        }

        return s.Value switch
        {
            "millisecond" => Unit.Millisecond,
            "second" => Unit.Second,
            "minute" => Unit.Minute,
            "hour" => Unit.Hour,
            "day" => Unit.Day,
            "week" => Unit.Week,
            "month" => Unit.Month,
            "quarter" => Unit.Quarter,
            "year" => Unit.Year,
            _ => throw Errors.FailedToParse($"{name} parameter 'unit' value parsing failed :: caused by :: unknown time unit value: {s.Value}"),
        };
    }

    internal static DayOfWeek ParseStartOfWeek(string name, BsonValue v)
    {
        if (v is BsonString s)
        {
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var full = day.ToString();
                if (string.Equals(s.Value, full, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Value, full[..3], StringComparison.OrdinalIgnoreCase))
                {
                    return day;
                }
            }

            throw Errors.Location(5439016, $"{name} parameter 'startOfWeek' value cannot be recognized as a day of a week: {s.Value}");
        }

        throw Errors.Location(5439015, $"{name} requires 'startOfWeek' to be a string, but got {Values.TypeName(v)}");
    }

    internal static long UnitMillis(Unit unit) => unit switch
    {
        Unit.Millisecond => 1,
        Unit.Second => 1000,
        Unit.Minute => 60_000,
        Unit.Hour => 3_600_000,
        Unit.Day => 86_400_000,
        _ => 604_800_000,
    };

    private static Expression ParseAdd(string name, BsonValue argument, int sign)
    {
        var args = Named(name, argument, ["startDate", "unit", "amount", "timezone"], 5166400, $"{name} expects an object as its argument", 5166401);
        if (!args.ContainsKey("startDate") || !args.ContainsKey("unit") || !args.ContainsKey("amount"))
        {
            throw Errors.Location(5166402, $"{name} requires startDate, unit, and amount to be present");
        }

        var start = args["startDate"];
        var unit = args["unit"];
        var amount = args["amount"];
        var timezone = args.GetValueOrDefault("timezone");
        return new FuncExpression(c =>
        {
            var s = start.Evaluate(c);
            var u = unit.Evaluate(c);
            var a = amount.Evaluate(c);
            var z = timezone?.Evaluate(c);
            if (Values.IsNullish(s) || Values.IsNullish(u) || Values.IsNullish(a) || (timezone is not null && Values.IsNullish(z)))
            {
                return BsonNull.Value;
            }

            if (s!.BsonType is not (BsonType.DateTime or BsonType.Timestamp or BsonType.ObjectId))
            {
                throw Errors.Location(5166403, $"{name} requires startDate to be convertible to a date");
            }

            var parsedUnit = ParseUnit(name, u!);
            if (!Values.IsNumber(a) || !Values.TryGetLong(a, out var count))
            {
                throw Errors.Location(5166405, $"{name} expects integer amount of time units");
            }

            var zone = DateValues.ZoneArgument(z, out _)!;
            return new BsonDateTime(Add(DateValues.ToMillis(s), parsedUnit, sign * count, zone));
        });
    }

    /// <summary>Adds whole units: months clamp to the end of the month, days follow the local calendar, smaller units are durations.</summary>
    internal static long Add(long millis, Unit unit, long amount, Zone zone)
    {
        try
        {
            if (unit <= Unit.Hour)
            {
                return checked(millis + (amount * UnitMillis(unit)));
            }

            var utc = DateValues.ToUtcDateTime(millis);
            var local = zone.ToLocal(utc);
            var shifted = unit switch
            {
                Unit.Day => local.AddDays(amount),
                Unit.Week => local.AddDays(amount * 7),
                Unit.Month => local.AddMonths(checked((int)amount)),
                Unit.Quarter => local.AddMonths(checked((int)(amount * 3))),
                _ => local.AddYears(checked((int)amount)),
            };
            return DateValues.ToMillis(zone.ToUtc(shifted));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw Errors.Location(5166406, $"$dateAdd overflowed");
        }
    }

    private static Expression ParseDiff(string name, BsonValue argument)
    {
        var args = Named(name, argument, ["startDate", "endDate", "unit", "timezone", "startOfWeek"], 5166301, "$dateDiff only supports an object as its argument", 5166302);
        var start = Required(args, "startDate", name, 5166303);
        var end = Required(args, "endDate", name, 5166304);
        var unit = Required(args, "unit", name, 5166305);
        var timezone = args.GetValueOrDefault("timezone");
        var startOfWeek = args.GetValueOrDefault("startOfWeek");
        return new FuncExpression(c =>
        {
            var s = start.Evaluate(c);
            var e = end.Evaluate(c);
            var u = unit.Evaluate(c);
            var z = timezone?.Evaluate(c);
            var w = startOfWeek?.Evaluate(c);
            if (Values.IsNullish(s) || Values.IsNullish(e) || Values.IsNullish(u) || (timezone is not null && Values.IsNullish(z)))
            {
                return BsonNull.Value;
            }

            var parsedUnit = ParseUnit(name, u!);
            if (parsedUnit == Unit.Week && startOfWeek is not null && Values.IsNullish(w))
            {
                return BsonNull.Value;
            }

            var firstDay = parsedUnit == Unit.Week && w is not null ? ParseStartOfWeek(name, w) : DayOfWeek.Sunday;
            var zone = DateValues.ZoneArgument(z, out _)!;
            var startMillis = s!.BsonType is BsonType.DateTime or BsonType.Timestamp or BsonType.ObjectId ? DateValues.ToMillis(s) : throw Errors.Location(5166307, $"{name} requires 'startDate' to be a date, but got {Values.TypeName(s)}");
            var endMillis = e!.BsonType is BsonType.DateTime or BsonType.Timestamp or BsonType.ObjectId ? DateValues.ToMillis(e) : throw Errors.Location(5166307, $"{name} requires 'endDate' to be a date, but got {Values.TypeName(e)}");
            return new BsonInt64(Diff(startMillis, endMillis, parsedUnit, zone, firstDay));
        });
    }

    private static long Diff(long startMillis, long endMillis, Unit unit, Zone zone, DayOfWeek firstDay)
    {
        if (unit < Unit.Day)
        {
            var size = UnitMillis(unit);
            return FloorDiv(endMillis, size) - FloorDiv(startMillis, size);
        }

        var a = zone.ToLocal(DateValues.ToUtcDateTime(startMillis));
        var b = zone.ToLocal(DateValues.ToUtcDateTime(endMillis));
        var dayA = a.Date.Ticks / TimeSpan.TicksPerDay;
        var dayB = b.Date.Ticks / TimeSpan.TicksPerDay;
        return unit switch
        {
            Unit.Day => dayB - dayA,
            Unit.Week => FloorDiv(dayB - WeekShift(firstDay), 7) - FloorDiv(dayA - WeekShift(firstDay), 7),
            Unit.Month => ((b.Year * 12L) + b.Month) - ((a.Year * 12L) + a.Month),
            Unit.Quarter => ((b.Year * 4L) + ((b.Month - 1) / 3)) - ((a.Year * 4L) + ((a.Month - 1) / 3)),
            _ => b.Year - a.Year,
        };
    }

    /// <summary>Day number (since 0001-01-01, a Monday) of a week's first day modulo 7.</summary>
    internal static long WeekShift(DayOfWeek firstDay) => ((int)firstDay + 6) % 7;

    internal static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && ((a < 0) ^ (b < 0))) ? 1 : 0);
}
