using System.Globalization;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$year ... $millisecond, $week, the ISO parts, $dateToParts and $dateFromParts, each with an optional timezone.</summary>
internal static class DateParts
{
    public static readonly OperatorTable Table = new(
        ("$dateFromParts", DateFromParts.Parse),
        ("$dateToParts", ParseDateToParts),
        ("$dayOfMonth", Part(d => d.Day)),
        ("$dayOfWeek", Part(d => (int)d.DayOfWeek + 1)),
        ("$dayOfYear", Part(d => d.DayOfYear)),
        ("$hour", Part(d => d.Hour)),
        ("$isoDayOfWeek", Part(DateValues.IsoDayOfWeek)),
        ("$isoWeek", Part(ISOWeek.GetWeekOfYear)),
        ("$isoWeekYear", LongPart(ISOWeek.GetYear)),
        ("$millisecond", Part(d => d.Millisecond)),
        ("$minute", Part(d => d.Minute)),
        ("$month", Part(d => d.Month)),
        ("$second", Part(d => d.Second)),
        ("$week", Part(DateValues.SundayWeek)),
        ("$year", Part(d => d.Year)));

    private static OperatorParser Part(Func<DateTime, int> part) => (name, argument) =>
    {
        var (date, timezone) = ParseDateArgument(name, argument);
        return new FuncExpression(c => Local(c, date, timezone) is { } local ? BsonInt32.Create(part(local)) : BsonNull.Value);
    };

    /// <summary>The server computes the ISO week-numbering year as a long long, so it comes back as NumberLong.</summary>
    private static OperatorParser LongPart(Func<DateTime, int> part) => (name, argument) =>
    {
        var (date, timezone) = ParseDateArgument(name, argument);
        return new FuncExpression(c => Local(c, date, timezone) is { } local ? new BsonInt64(part(local)) : BsonNull.Value);
    };

    /// <summary>The local date-time of a {date, timezone} pair, or null when either is null or missing.</summary>
    internal static DateTime? Local(EvaluationContext c, Expression date, Expression? timezone)
    {
        var value = date.Evaluate(c);
        if (Values.IsNullish(value))
        {
            return null;
        }

        var zone = DateValues.ZoneArgument(timezone?.Evaluate(c), out var zoneIsNull);
        if (zoneIsNull)
        {
            return null;
        }

        var utc = DateValues.ToUtcDateTime(DateValues.ToMillis(value!));
        return zone!.ToLocal(utc);
    }

    /// <summary>&lt;date&gt;, [&lt;date&gt;] or {date, timezone}.</summary>
    private static (Expression Date, Expression? Timezone) ParseDateArgument(string name, BsonValue argument)
    {
        if (argument is BsonArray array)
        {
            if (array.Count != 1)
            {
                throw Errors.Location(40536, $"{name} accepts exactly one argument if given an array, but was given {array.Count}");
            }

            return (ExpressionParser.Parse(array[0]), null);
        }

        if (argument is BsonDocument d && !(d.ElementCount > 0 && d.GetElement(0).Name.StartsWith('$')))
        {
            Expression? date = null, timezone = null;
            foreach (var element in d)
            {
                switch (element.Name)
                {
                    case "date":
                        date = ExpressionParser.Parse(element.Value);
                        break;
                    case "timezone":
                        timezone = ExpressionParser.Parse(element.Value);
                        break;
                    default:
                        throw Errors.Location(40535, $"unrecognized option to {name}: \"{element.Name}\"");
                }
            }

            return (date ?? throw Errors.Location(40539, $"missing 'date' argument to {name}, provided: {d}"), timezone);
        }

        return (ExpressionParser.Parse(argument), null);
    }

    private static Expression ParseDateToParts(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(40524, $"$dateToParts only supports an object as its argument");
        }

        Expression? date = null, timezone = null, iso = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "date":
                    date = ExpressionParser.Parse(element.Value);
                    break;
                case "timezone":
                    timezone = ExpressionParser.Parse(element.Value);
                    break;
                case "iso8601":
                    iso = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(40520, $"Unrecognized argument to $dateToParts: {element.Name}");
            }
        }

        date = date ?? throw Errors.Location(40522, "Missing 'date' parameter to $dateToParts");
        return new FuncExpression(c =>
        {
            var isoValue = iso?.Evaluate(c);
            if (iso is not null && Values.IsNullish(isoValue))
            {
                return BsonNull.Value;
            }

            if (isoValue is not null and not BsonBoolean)
            {
                throw Errors.Location(40521, $"iso8601 must evaluate to a bool, found {Values.TypeName(isoValue)}");
            }

            if (Local(c, date, timezone) is not { } local)
            {
                return BsonNull.Value;
            }

            var result = isoValue is BsonBoolean { Value: true }
                ? new BsonDocument
                {
                    { "isoWeekYear", ISOWeek.GetYear(local) },
                    { "isoWeek", ISOWeek.GetWeekOfYear(local) },
                    { "isoDayOfWeek", DateValues.IsoDayOfWeek(local) },
                }
                : new BsonDocument
                {
                    { "year", local.Year },
                    { "month", local.Month },
                    { "day", local.Day },
                };
            result.Add("hour", local.Hour);
            result.Add("minute", local.Minute);
            result.Add("second", local.Second);
            result.Add("millisecond", local.Millisecond);
            return result;
        });
    }
}
