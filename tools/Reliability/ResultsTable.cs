using System.Globalization;
using System.Text;
using Reliability.Crash;

namespace Reliability;

/// <summary>The README's reliability table: loads held, faults injected, inputs tried, writes lost.</summary>
public static class ResultsTable
{
    public static string Render(CrashReport crash)
    {
        var table = new StringBuilder();
        table.AppendLine("| Scenario | Load held | Faults injected | Checked | Writes lost |");
        table.AppendLine("|---|---|---|---|---|");
        table.AppendLine(Row(
            "Crash and restart (`shop serve --dbpath`)",
            $"{crash.Clients} clients, {Seconds(crash.LoadTime)} s, {N(crash.Operations)} ops",
            $"{crash.Cycles} SIGKILLs mid-load + 1 clean stop; {N(crash.UnknownOutcomes)} ops in flight at a kill; {crash.TornTailsDropped} torn journal tails dropped",
            $"{N(crash.AckedW1Inserts)} w:1 + {N(crash.AckedJournaledInserts)} j:true inserts, {N(crash.AckedIncrements)} increments, {N(crash.CommittedTransactions)} committed transactions (none half-applied)",
            $"{crash.LostWrites}"));
        return table.ToString();
    }

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
}
