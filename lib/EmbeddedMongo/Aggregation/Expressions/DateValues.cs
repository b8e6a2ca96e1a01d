using System.Collections.Concurrent;
using System.Globalization;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>A time zone argument: an Olson name or a fixed UTC offset.</summary>
internal sealed class Zone
{
    private readonly TimeZoneInfo? info;
    private readonly TimeSpan fixedOffset;

    private Zone(TimeZoneInfo? info, TimeSpan fixedOffset)
    {
        this.info = info;
        this.fixedOffset = fixedOffset;
    }

    public static Zone Fixed(TimeSpan offset) => new(null, offset);

    public static Zone Named(TimeZoneInfo info) => new(info, TimeSpan.Zero);

    public TimeSpan OffsetAt(DateTime utc) => info is null ? fixedOffset : info.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc + OffsetAt(utc), DateTimeKind.Unspecified);

    /// <summary>The UTC instant of a local wall-clock time (ambiguous or skipped times take the standard offset).</summary>
    public DateTime ToUtc(DateTime local)
    {
        if (info is null)
        {
            return DateTime.SpecifyKind(local - fixedOffset, DateTimeKind.Utc);
        }

        var offset = info.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}

/// <summary>Dates as the expression operators see them: coercion, zones, ISO printing, millisecond arithmetic.</summary>
internal static class DateValues
{
    public static readonly Zone Utc = Zone.Fixed(TimeSpan.Zero);
    private static readonly ConcurrentDictionary<string, Zone?> Zones = new(StringComparer.Ordinal);

    /// <summary>A date, timestamp or ObjectId as milliseconds since the epoch; other types fail with 16006.</summary>
    public static long ToMillis(BsonValue v) => v.BsonType switch
    {
        BsonType.DateTime => v.AsBsonDateTime.MillisecondsSinceEpoch,
        BsonType.Timestamp => (long)(uint)v.AsBsonTimestamp.Timestamp * 1000,
        BsonType.ObjectId => (long)v.AsObjectId.Timestamp * 1000,
        _ => throw Errors.Location(16006, $"can't convert from BSON type {Values.TypeName(v)} to Date"),
    };

    public static DateTime ToUtcDateTime(long millis)
    {
        if (millis < -62135596800000L || millis > 253402300799999L)
        {
            throw Errors.Location(18537, "Could not convert date to string: date component was outside the supported range of 0-9999");
        }

        return DateTime.UnixEpoch.AddMilliseconds(millis);
    }

    public static long ToMillis(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    public static string FormatIso(long millis)
        => ToUtcDateTime(millis).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Evaluates a timezone argument: missing means UTC, null means "result is null" (returned as null).</summary>
    public static Zone? ZoneArgument(BsonValue? v, out bool isNull)
    {
        isNull = false;
        if (v is null)
        {
            return Utc;
        }

        if (Values.IsNullish(v))
        {
            isNull = true;
            return null;
        }

        if (v is not BsonString s)
        {
            throw Errors.Location(40517, $"timezone must evaluate to a string, found {Values.TypeName(v)}");
        }

        return ParseZone(s.Value);
    }

    public static Zone ParseZone(string name)
        => Zones.GetOrAdd(name, LoadZone) ?? throw Errors.Location(40485, $"unrecognized time zone identifier: \"{name}\"");

    private static Zone? LoadZone(string name)
    {
        if (TryParseOffset(name, out var offset))
        {
            return Zone.Fixed(offset);
        }

        if (name is "UTC" or "GMT" or "Z")
        {
            return Utc;
        }

        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/'))
        {
            return null;
        }

        try
        {
            return Zone.Named(TimeZoneInfo.FindSystemTimeZoneById(name));
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>+hh, +hhmm, +hh:mm (and the same with '-').</summary>
    public static bool TryParseOffset(string s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s.Length < 3 || (s[0] != '+' && s[0] != '-'))
        {
            return false;
        }

        var digits = s[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (!(digits.Length is 2 or 4) || !digits.All(char.IsAsciiDigit) || (s.Contains(':') && s.Length != 6))
        {
            return false;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    /// <summary>Sunday-based week of the year (strftime %U): days before the first Sunday are week 0.</summary>
    public static int SundayWeek(DateTime local) => (local.DayOfYear - 1 + 7 - (int)local.DayOfWeek) / 7;

    public static int IsoDayOfWeek(DateTime local) => local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek;
}
