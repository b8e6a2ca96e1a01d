using Reliability.Crash;

namespace Reliability.Tests.Crash;

/// <summary>
/// `shop serve --dbpath` killed with SIGKILL in the middle of a write load (w:1 and j:true inserts,
/// increments, transactions) comes back on the same folder with every acknowledged write, no
/// half transaction and no document from nowhere; several kills in a row, then a clean stop.
/// Cycles: CRASH_CYCLES (default 3).
/// </summary>
public sealed class CrashScenarioTests
{
    [Fact]
    public async Task Killed_server_restarts_with_every_acknowledged_write()
    {
        var report = await CrashScenario.RunAsync(new CrashOptions
        {
            Cycles = Durations.FromEnvironment("CRASH_CYCLES", 3),
            Clients = 4,
            MaxLoad = TimeSpan.FromSeconds(1.5),
        });

        Assert.Empty(report.Problems);
        Assert.Equal(0, report.LostWrites);
        // The load really ran: every kind of acknowledged write was there to lose.
        Assert.True(report.AckedW1Inserts > 0, "no w:1 insert was acknowledged");
        Assert.True(report.AckedJournaledInserts > 0, "no j:true insert was acknowledged");
        Assert.True(report.AckedIncrements > 0, "no increment was acknowledged");
        Assert.True(report.CommittedTransactions > 0, "no transaction committed");
    }
}
