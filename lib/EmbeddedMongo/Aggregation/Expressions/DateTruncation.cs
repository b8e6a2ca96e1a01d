using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$dateTrunc: bins of binSize units counted from 2000-01-01 local time (weeks from the startOfWeek day).</summary>
internal static class DateTruncation
{
    private static readonly DateTime Reference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static Expression Parse(string name, BsonValue argument)
    {
        var args = DateArithmetic.Named(name, argument, ["date", "unit", "binSize", "timezone", "startOfWeek"], 5439007, "$dateTrunc only supports an object as its argument", 5439008);
        var date = DateArithmetic.Required(args, "date", name, 5439009);
        var unit = DateArithmetic.Required(args, "unit", name, 5439010);
        var binSize = args.GetValueOrDefault("binSize");
        var timezone = args.GetValueOrDefault("timezone");
        var startOfWeek = args.GetValueOrDefault("startOfWeek");
        return new FuncExpression(c =>
        {
            var d = date.Evaluate(c);
            var u = unit.Evaluate(c);
            var b = binSize?.Evaluate(c);
            var z = timezone?.Evaluate(c);
            var w = startOfWeek?.Evaluate(c);
            if (Values.IsNullish(d) || Values.IsNullish(u) || (binSize is not null && Values.IsNullish(b)) || (timezone is not null && Values.IsNullish(z)))
            {
                return BsonNull.Value;
            }

            if (d!.BsonType is not (BsonType.DateTime or BsonType.Timestamp or BsonType.ObjectId))
            {
                throw Errors.Location(5439012, $"{name} requires 'date' to be a date, but got {Values.TypeName(d)}");
            }

            var parsedUnit = DateArithmetic.ParseUnit(name, u!);
            long size = 1;
            if (b is not null)
            {
                if (!Values.IsNumber(b) || !Values.TryGetLong(b, out size))
                {
                    throw Errors.Location(5439017, $"{name} requires 'binSize' to be a 64-bit integer, but got value '{Values.Render(b)}' of type {Values.TypeName(b)}");
                }

                if (size <= 0)
                {
                    throw Errors.Location(5439018, $"{name} requires 'binSize' to be greater than 0, but got value {size}");
                }
            }

            if (parsedUnit == DateArithmetic.Unit.Week && startOfWeek is not null && Values.IsNullish(w))
            {
                return BsonNull.Value;
            }

            var firstDay = parsedUnit == DateArithmetic.Unit.Week && w is not null ? DateArithmetic.ParseStartOfWeek(name, w) : DayOfWeek.Sunday;
            var zone = DateValues.ZoneArgument(z, out _)!;
            var local = zone.ToLocal(DateValues.ToUtcDateTime(DateValues.ToMillis(d)));
            return new BsonDateTime(DateValues.ToMillis(zone.ToUtc(Truncate(local, parsedUnit, size, firstDay))));
        });
    }

    private static DateTime Truncate(DateTime local, DateArithmetic.Unit unit, long size, DayOfWeek firstDay)
    {
        switch (unit)
        {
            case DateArithmetic.Unit.Year:
            case DateArithmetic.Unit.Quarter:
            case DateArithmetic.Unit.Month:
                var monthsPerUnit = unit == DateArithmetic.Unit.Year ? 12 : unit == DateArithmetic.Unit.Quarter ? 3 : 1;
                var months = ((local.Year - 2000) * 12L) + local.Month - 1;
                var bin = DateArithmetic.FloorDiv(months, monthsPerUnit * size) * monthsPerUnit * size;
                return Reference.AddMonths((int)bin);
            case DateArithmetic.Unit.Week:
                var weekStart = Reference.AddDays(((int)firstDay - (int)Reference.DayOfWeek + 7) % 7);
                var days = (long)Math.Floor((local - weekStart).TotalDays);
                return weekStart.AddDays(DateArithmetic.FloorDiv(days, 7 * size) * 7 * size);
            default:
                var unitMillis = DateArithmetic.UnitMillis(unit) * size;
                var elapsed = (local.Ticks - Reference.Ticks) / TimeSpan.TicksPerMillisecond;
                return Reference.AddMilliseconds(DateArithmetic.FloorDiv(elapsed, unitMillis) * unitMillis);
        }
    }
}
