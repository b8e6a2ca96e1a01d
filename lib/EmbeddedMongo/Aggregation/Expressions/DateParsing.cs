using System.Globalization;
using EmbeddedMongo.Commands;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Reads date strings for $dateFromString and $toDate: ISO 8601 by default, or an explicit format.</summary>
internal static class DateParsing
{
    private static MongoServerException Fail(string s, string why) => Errors.Make(241, "ConversionFailure", $"Error parsing date string '{s}'; {why}");

    /// <summary>yyyy-MM-dd, optionally followed by T or space and HH:mm[:ss[.fff]], then Z or an offset (a date alone may carry one: "2018-03-15 +10:00").</summary>
    public static long ParseDefault(string s, Zone zone, bool zoneGiven = false)
    {
        var reader = new Reader(s);
        var year = reader.Digits(4, 4) ?? throw Fail(s, "0: Unexpected data");
        var dash = reader.Take('-') || reader.Take('/');
        var month = dash ? reader.Digits(1, 2) : reader.Digits(2, 2);
        if (month is null || !(reader.Take('-') || reader.Take('/') || !dash))
        {
            throw Fail(s, $"{reader.Position}: Unexpected character");
        }

        var day = reader.Digits(1, 2) ?? throw Fail(s, $"{reader.Position}: Unexpected character");
        int hour = 0, minute = 0, second = 0, millis = 0;
        if (reader.Take('T') || reader.TakeBeforeDigit(' '))
        {
            hour = reader.Digits(1, 2) ?? throw Fail(s, $"{reader.Position}: Unexpected character");
            if (!reader.Take(':'))
            {
                throw Fail(s, $"{reader.Position}: Unexpected character");
            }

            minute = reader.Digits(2, 2) ?? throw Fail(s, $"{reader.Position}: Unexpected character");
            if (reader.Take(':'))
            {
                second = reader.Digits(2, 2) ?? throw Fail(s, $"{reader.Position}: Unexpected character");
                if (reader.Take('.'))
                {
                    millis = reader.Fraction() ?? throw Fail(s, $"{reader.Position}: Unexpected character");
                }
            }
        }

        TimeSpan? offset = null;
        reader.Take(' ');
        if (reader.Take('Z'))
        {
            offset = TimeSpan.Zero;
        }
        else if (reader.Rest is "UTC" or "GMT")
        {
            reader.Skip(3);
            offset = TimeSpan.Zero;
        }
        else if (!reader.AtEnd && DateValues.TryParseOffset(reader.Rest, out var parsed))
        {
            offset = parsed;
            reader.Skip(reader.Rest.Length);
        }

        if (!reader.AtEnd)
        {
            throw Fail(s, $"{reader.Position}: Trailing data");
        }

        return Build(s, year, month.Value, day, hour, minute, second, millis, offset, zone, zoneGiven);
    }

    private static long Build(string s, int year, int month, int day, int hour, int minute, int second, int millis, TimeSpan? offset, Zone zone, bool zoneGiven)
    {
        if (offset is not null && zoneGiven)
        {
            throw Errors.Make(241, "ConversionFailure", "you cannot pass in a date/time string with GMT offset together with a timezone argument");
        }

        DateTime local;
        try
        {
            local = new DateTime(year, month, day, hour, minute, second, millis, DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Fail(s, "The parsed date was invalid");
        }

        var utc = offset is { } o ? DateTime.SpecifyKind(local - o, DateTimeKind.Utc) : zone.ToUtc(local);
        return DateValues.ToMillis(utc);
    }

    public static long ParseWithFormat(string s, string format, Zone zone, bool zoneGiven)
    {
        var reader = new Reader(s);
        int? year = null, month = null, day = null, dayOfYear = null, isoYear = null, isoWeek = null, isoDay = null;
        int hour = 0, minute = 0, second = 0, millis = 0;
        TimeSpan? offset = null;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                if (!reader.Take(format[i]))
                {
                    throw Fail(s, $"{reader.Position}: The separation symbol could not be found");
                }

                continue;
            }

            if (i + 1 >= format.Length)
            {
                throw Errors.Location(18535, "Unmatched '%' at end of format string");
            }

            var spec = format[++i];
            int Need(int min, int max) => reader.Digits(min, max) ?? throw Fail(s, $"{reader.Position}: Unexpected data found");
            switch (spec)
            {
                case 'Y': year = Need(4, 4); break;
                case 'm': month = Need(1, 2); break;
                case 'd': day = Need(1, 2); break;
                case 'H': hour = Need(1, 2); break;
                case 'M': minute = Need(1, 2); break;
                case 'S': second = Need(1, 2); break;
                case 'L': millis = reader.Fraction() ?? throw Fail(s, $"{reader.Position}: Unexpected data found"); break;
                case 'j': dayOfYear = Need(1, 3); break;
                case 'G': isoYear = Need(4, 4); break;
                case 'V': isoWeek = Need(1, 2); break;
                case 'u': isoDay = Need(1, 1); break;
                case '%':
                    if (!reader.Take('%'))
                    {
                        throw Fail(s, $"{reader.Position}: The escaped character could not be found");
                    }

                    break;
                case 'z':
                    offset = reader.Offset() ?? throw Fail(s, $"{reader.Position}: Unexpected data found");
                    break;
                case 'Z':
                    var sign = reader.Take('-') ? -1 : reader.Take('+') ? 1 : throw Fail(s, $"{reader.Position}: Unexpected data found");
                    offset = TimeSpan.FromMinutes(sign * Need(1, 4));
                    break;
                case 'b':
                case 'B':
                    month = reader.MonthName() ?? throw Fail(s, $"{reader.Position}: A textual month could not be found");
                    break;
                default:
                    throw Errors.Location(18536, $"Invalid format character '%{spec}' in format string");
            }
        }

        if (!reader.AtEnd)
        {
            throw Fail(s, $"{reader.Position}: Trailing data");
        }

        if (isoYear is not null)
        {
            var date = ISOWeek.ToDateTime(isoYear.Value, isoWeek ?? 1, (DayOfWeek)((isoDay ?? 1) % 7));
            return Build(s, date.Year, date.Month, date.Day, hour, minute, second, millis, offset, zone, zoneGiven);
        }

        if (year is null)
        {
            throw Fail(s, "Not enough data available to satisfy format");
        }

        if (dayOfYear is not null)
        {
            var date = new DateTime(year.Value, 1, 1).AddDays(dayOfYear.Value - 1);
            return Build(s, date.Year, date.Month, date.Day, hour, minute, second, millis, offset, zone, zoneGiven);
        }

        return Build(s, year.Value, month ?? 1, day ?? 1, hour, minute, second, millis, offset, zone, zoneGiven);
    }

    private sealed class Reader(string text)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public string Rest => text[Position..];

        public void Skip(int n) => Position += n;

        public bool Take(char c)
        {
            if (Position < text.Length && text[Position] == c)
            {
                Position++;
                return true;
            }

            return false;
        }

        /// <summary>Takes c only when a digit follows it (a space before a time, not before a zone).</summary>
        public bool TakeBeforeDigit(char c)
        {
            if (Position + 1 < text.Length && text[Position] == c && char.IsAsciiDigit(text[Position + 1]))
            {
                Position++;
                return true;
            }

            return false;
        }

        public int? Digits(int min, int max)
        {
            var start = Position;
            while (Position < text.Length && Position - start < max && char.IsAsciiDigit(text[Position]))
            {
                Position++;
            }

            if (Position - start < min)
            {
                Position = start;
                return null;
            }

            return int.Parse(text.AsSpan(start, Position - start), CultureInfo.InvariantCulture);
        }

        /// <summary>Fractional seconds as milliseconds (extra digits are dropped).</summary>
        public int? Fraction()
        {
            var start = Position;
            while (Position < text.Length && char.IsAsciiDigit(text[Position]))
            {
                Position++;
            }

            if (Position == start)
            {
                return null;
            }

            var digits = text.Substring(start, Math.Min(3, Position - start)).PadRight(3, '0');
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        public TimeSpan? Offset()
        {
            var start = Position;
            var end = Position + 1;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == ':'))
            {
                end++;
            }

            if (DateValues.TryParseOffset(text[start..end], out var offset))
            {
                Position = end;
                return offset;
            }

            if (Take('Z'))
            {
                return TimeSpan.Zero;
            }

            return null;
        }

        public int? MonthName()
        {
            for (var m = 0; m < 12; m++)
            {
                var full = DateFormatting.MonthNames[m];
                foreach (var candidate in new[] { full, full[..3] })
                {
                    if (string.Compare(text, Position, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        Position += candidate.Length;
                        return m + 1;
                    }
                }
            }

            return null;
        }
    }
}
