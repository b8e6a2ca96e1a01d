using System.Globalization;
using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$dateToString and $dateFromString with the manual's format specifiers.</summary>
internal static class DateFormatting
{
    public static readonly OperatorTable Table = new(
        ("$dateFromString", ParseDateFromString),
        ("$dateToString", ParseDateToString));

    internal static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static Dictionary<string, Expression> Named(string name, BsonValue argument, string[] allowed, int notObject, int unknown, string unknownText)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(notObject, $"{name} only supports an object as its argument");
        }

        var result = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var element in d)
        {
            if (!allowed.Contains(element.Name))
            {
                throw Errors.Location(unknown, unknownText + element.Name);
            }

            result[element.Name] = ExpressionParser.Parse(element.Value);
        }

        return result;
    }

    private static Expression ParseDateToString(string name, BsonValue argument)
    {
        var args = Named(name, argument, ["date", "format", "timezone", "onNull"], 18629, 18534, "Unrecognized parameter to $dateToString: ");
        var date = args.GetValueOrDefault("date") ?? throw Errors.Location(18628, "Missing 'date' parameter to $dateToString");
        var format = args.GetValueOrDefault("format");
        var timezone = args.GetValueOrDefault("timezone");
        var onNull = args.GetValueOrDefault("onNull");
        if (format is LiteralExpression { Value: BsonString literal })
        {
            Validate(literal.Value);
        }

        return new FuncExpression(c =>
        {
            var pattern = timezone is null ? "%Y-%m-%dT%H:%M:%S.%LZ" : "%Y-%m-%dT%H:%M:%S.%L";
            if (format is not null)
            {
                var f = format.Evaluate(c);
                if (Values.IsNullish(f))
                {
                    return BsonNull.Value;
                }

                pattern = f is BsonString fs ? fs.Value : throw Errors.Location(18533, $"$dateToString requires that 'format' be a string, found: {Values.TypeName(f)} with value {Values.Render(f)}");
                if (format is not LiteralExpression)
                {
                    Validate(pattern);
                }
            }

            var value = date.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(c);
            }

            var zone = DateValues.ZoneArgument(timezone?.Evaluate(c), out var zoneIsNull);
            if (zoneIsNull)
            {
                return BsonNull.Value;
            }

            var utc = DateValues.ToUtcDateTime(DateValues.ToMillis(value!));
            return new BsonString(Format(pattern, zone!.ToLocal(utc), zone.OffsetAt(utc)));
        });
    }

    private static void Validate(string format)
    {
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                continue;
            }

            if (i + 1 >= format.Length)
            {
                throw Errors.Location(18535, "Unmatched '%' at end of format string");
            }

            var spec = format[++i];
            if (!"dGHjLmMSuUVwYzZbB%".Contains(spec))
            {
                throw Errors.Location(18536, $"Invalid format character '%{spec}' in format string");
            }
        }
    }

    public static string Format(string format, DateTime local, TimeSpan offset)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                builder.Append(format[i]);
                continue;
            }

            var spec = format[++i];
            switch (spec)
            {
                case 'd': Pad(builder, local.Day, 2); break;
                case 'G': Pad(builder, ISOWeek.GetYear(local), 4); break;
                case 'H': Pad(builder, local.Hour, 2); break;
                case 'j': Pad(builder, local.DayOfYear, 3); break;
                case 'L': Pad(builder, local.Millisecond, 3); break;
                case 'm': Pad(builder, local.Month, 2); break;
                case 'M': Pad(builder, local.Minute, 2); break;
                case 'S': Pad(builder, local.Second, 2); break;
                case 'u': Pad(builder, DateValues.IsoDayOfWeek(local), 1); break;
                case 'U': Pad(builder, DateValues.SundayWeek(local), 2); break;
                case 'V': Pad(builder, ISOWeek.GetWeekOfYear(local), 2); break;
                case 'w': Pad(builder, (int)local.DayOfWeek + 1, 1); break;
                case 'Y': Pad(builder, local.Year, 4); break;
                case 'b': builder.Append(MonthNames[local.Month - 1][..3]); break;
                case 'B': builder.Append(MonthNames[local.Month - 1]); break;
                case 'z':
                    builder.Append(offset < TimeSpan.Zero ? '-' : '+');
                    Pad(builder, Math.Abs(offset.Hours), 2);
                    Pad(builder, Math.Abs(offset.Minutes), 2);
                    break;
                case 'Z':
                    // The server streams the signed minute count: "-300", but "270" without a plus sign.
                    builder.Append(((int)offset.TotalMinutes).ToString(CultureInfo.InvariantCulture));
                    break;
                default: builder.Append('%'); break;
            }
        }

        return builder.ToString();
    }

    private static void Pad(StringBuilder builder, int value, int width)
    {
        if (value is < 0 or > 9999)
        {
            throw Errors.Location(18537, $"Could not convert date to string: date component was outside the supported range of 0-9999: {value}");
        }

        var digits = value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1;
        builder.Append('0', Math.Max(0, width - digits)).Append(value);
    }

    private static Expression ParseDateFromString(string name, BsonValue argument)
    {
        var args = Named(name, argument, ["dateString", "format", "timezone", "onError", "onNull"], 40540, 40541, "Unrecognized argument to $dateFromString: ");
        var dateString = args.GetValueOrDefault("dateString") ?? throw Errors.Location(40542, "Missing 'dateString' parameter to $dateFromString");
        var format = args.GetValueOrDefault("format");
        var timezone = args.GetValueOrDefault("timezone");
        var onError = args.GetValueOrDefault("onError");
        var onNull = args.GetValueOrDefault("onNull");
        return new FuncExpression(c =>
        {
            var value = dateString.Evaluate(c);
            var zoneValue = timezone?.Evaluate(c);
            string? pattern = null;
            if (format is not null)
            {
                var f = format.Evaluate(c);
                if (Values.IsNullish(f))
                {
                    return BsonNull.Value;
                }

                pattern = f is BsonString fs ? fs.Value : throw Errors.Location(40684, $"$dateFromString requires that 'format' be a string, found: {Values.TypeName(f)} with value {Values.Render(f)}");
            }

            var zone = DateValues.ZoneArgument(zoneValue, out var zoneIsNull);
            if (Values.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(c);
            }

            if (zoneIsNull)
            {
                return BsonNull.Value;
            }

            try
            {
                if (value is not BsonString s)
                {
                    throw Errors.Make(241, "ConversionFailure", $"$dateFromString requires that 'dateString' be a string, found: {Values.TypeName(value)} with value {Values.Render(value)}");
                }

                var millis = pattern is null ? DateParsing.ParseDefault(s.Value, zone!, timezone is not null) : DateParsing.ParseWithFormat(s.Value, pattern, zone!, timezone is not null);
                return new BsonDateTime(millis);
            }
            catch (MongoServerException e) when (onError is not null && e.Code == 241)
            {
                return onError.Evaluate(c);
            }
        });
    }
}
