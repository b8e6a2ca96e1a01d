namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>The time units of $densify steps ("millisecond" ... "year"), with calendar arithmetic for months.</summary>
public static class TimeUnits
{
    private static readonly string[] Units = ["millisecond", "second", "minute", "hour", "day", "week", "month", "quarter", "year"];

    public static bool IsUnit(string unit) => Units.Contains(unit);

    public static DateTime Add(DateTime date, string unit, double amount) => unit switch
    {
        "millisecond" => date.AddMilliseconds(amount),
        "second" => date.AddSeconds(amount),
        "minute" => date.AddMinutes(amount),
        "hour" => date.AddHours(amount),
        "day" => date.AddDays(amount),
        "week" => date.AddDays(7 * amount),
        "month" => date.AddMonths((int)amount),
        "quarter" => date.AddMonths(3 * (int)amount),
        "year" => date.AddYears((int)amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown time unit"),
    };
}
