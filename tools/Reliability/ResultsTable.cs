using System.Globalization;
using System.Text;
using Reliability.Crash;
using Reliability.Fuzz;
using Reliability.Soak;

namespace Reliability;

/// <summary>The README's reliability table: loads held, faults injected, inputs tried, writes lost.</summary>
public static class ResultsTable
{
    public static string Render(SoakReport soak, CrashReport crash, FuzzReport fuzz)
    {
        var table = new StringBuilder();
        table.AppendLine("| Scenario | Load held | Faults injected | Checked | Writes lost |");
        table.AppendLine("|---|---|---|---|---|");
        table.AppendLine(Row(
            "Soak (reads, writes, transactions, change streams)",
            $"{soak.Clients} clients, {Seconds(soak.Duration)} s, {N(soak.Operations)} ops ({N(soak.AcknowledgedWrites)} acknowledged writes, {N(soak.Reads)} reads, {N(soak.ChangeEvents)} change events)",
            $"{N(soak.ClientsKilledMidTransaction)} clients killed mid-transaction, {N(soak.WireSessionsAbandoned)} raw connections dropped mid-transaction, {N(soak.CursorsLeftOpen)} cursors abandoned, {N(soak.ConnectionsCut)} connections cut mid-message",
            $"{N(soak.TransactionsCommitted)} committed and {N(soak.TransactionsAborted)} aborted transactions exact; nothing abandoned visible; healthy client {N(soak.HealthyAnswers)} answers, {soak.HealthyFailures} failures (slowest {soak.SlowestHealthyAnswer.TotalMilliseconds:0} ms); after {Seconds(soak.CleanupTime)} s: {soak.OpenTransactionsAfter} transactions, {soak.OpenCursorsAfter} cursors, {soak.SessionsAfter} sessions, {soak.ConnectionsAfter} connections open; memory {Mb(soak.MemoryBaselineBytes)} MB before, {Mb(soak.MemoryAfterBytes)} MB after",
            $"{soak.WritesLost + soak.WritesThatShouldNotExist}"));
        table.AppendLine(Row(
            "Crash and restart (`shop serve --dbpath`)",
            $"{crash.Clients} clients, {Seconds(crash.LoadTime)} s, {N(crash.Operations)} ops",
            $"{crash.Cycles} SIGKILLs mid-load + 1 clean stop; {N(crash.UnknownOutcomes)} ops in flight at a kill; {crash.TornTailsDropped} torn journal tails dropped",
            $"{N(crash.AckedW1Inserts)} w:1 + {N(crash.AckedJournaledInserts)} j:true inserts, {N(crash.AckedIncrements)} increments, {N(crash.CommittedTransactions)} committed transactions (none half-applied)",
            $"{crash.LostWrites}"));
        table.AppendLine(Row(
            "Bad input (wire)",
            $"{FuzzScenario.Senders} senders, {Seconds(fuzz.Duration)} s, healthy client answered {N(fuzz.HealthyAnswers)} times",
            $"{N(fuzz.MutatedMessages)} mutated messages (bytes overwritten, cut, garbage appended); {fuzz.MalformedCases} hand-made malformed messages (framing, sections, BSON lengths, UTF-8, nesting)",
            $"{fuzz.MalformedRefused} of {fuzz.MalformedCases} malformed refused; server up; {fuzz.ConnectionsAfter} connections left",
            "-"));
        return table.ToString();
    }

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
}
