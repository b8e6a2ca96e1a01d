using System.Globalization;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$dateFromParts: calendar or ISO week parts; values past their range carry into the next unit.</summary>
internal static class DateFromParts
{
    private static readonly string[] Calendar = ["year", "month", "day", "hour", "minute", "second", "millisecond"];
    private static readonly string[] Iso = ["isoWeekYear", "isoWeek", "isoDayOfWeek", "hour", "minute", "second", "millisecond"];

    public static Expression Parse(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(40519, "$dateFromParts only supports an object as its argument");
        }

        var parts = new Dictionary<string, Expression>(StringComparer.Ordinal);
        Expression? timezone = null;
        foreach (var element in d)
        {
            if (element.Name == "timezone")
            {
                timezone = ExpressionParser.Parse(element.Value);
            }
            else if (Calendar.Contains(element.Name) || Iso.Contains(element.Name))
            {
                parts[element.Name] = ExpressionParser.Parse(element.Value);
            }
            else
            {
                throw Errors.Location(40518, $"Unrecognized argument to $dateFromParts: {element.Name}");
            }
        }

        var iso = parts.ContainsKey("isoWeekYear");
        if (!iso && !parts.ContainsKey("year"))
        {
            throw Errors.Location(40516, "$dateFromParts requires either 'year' or 'isoWeekYear' to be present");
        }

        if (iso && parts.Keys.Any(k => k is "year" or "month" or "day"))
        {
            throw Errors.Location(40489, "$dateFromParts does not allow mixing natural dates with ISO dates");
        }

        if (!iso && parts.Keys.Any(k => k is "isoWeek" or "isoDayOfWeek"))
        {
            throw Errors.Location(40525, "$dateFromParts does not allow mixing natural dates with ISO dates");
        }

        var names = iso ? Iso : Calendar;
        var defaults = iso ? new long[] { 0, 1, 1, 0, 0, 0, 0 } : [0, 1, 1, 0, 0, 0, 0];
        var expressions = names.Select(n => parts.GetValueOrDefault(n)).ToArray();
        return new FuncExpression(c =>
        {
            var values = new long[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                if (expressions[i] is null)
                {
                    values[i] = defaults[i];
                    continue;
                }

                var v = expressions[i]!.Evaluate(c);
                if (Values.IsNullish(v))
                {
                    return BsonNull.Value;
                }

                if (!Values.IsNumber(v) || !Values.TryGetLong(v, out values[i]))
                {
                    throw Errors.Location(40515, $"'{names[i]}' must evaluate to an integer, found {Values.TypeName(v)} with value {Values.Render(v)}");
                }

                if (i == 0 && values[i] is < 1 or > 9999)
                {
                    throw Errors.Location(40523, $"'{names[i]}' must evaluate to an integer in the range 1 to 9999, found {values[i]}");
                }

                if (i > 0 && values[i] is < -32768 or > 32767)
                {
                    throw Errors.Location(31034, $"'{names[i]}' must evaluate to a value in the range [-32768, 32767]; value {values[i]} is not in range");
                }
            }

            var zone = DateValues.ZoneArgument(timezone?.Evaluate(c), out var zoneIsNull);
            if (zoneIsNull)
            {
                return BsonNull.Value;
            }

            DateTime local;
            try
            {
                if (iso)
                {
                    local = ISOWeek.ToDateTime((int)values[0], 1, DayOfWeek.Monday).AddDays(((values[1] - 1) * 7) + (values[2] - 1));
                }
                else
                {
                    local = new DateTime((int)values[0], 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths((int)values[1] - 1).AddDays(values[2] - 1);
                }

                local = local.AddHours(values[3]).AddMinutes(values[4]).AddSeconds(values[5]).AddMilliseconds(values[6]);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw Errors.Location(40523, "$dateFromParts: the date is outside the supported range");
            }

            return new BsonDateTime(DateValues.ToMillis(zone!.ToUtc(local)));
        });
    }
}
