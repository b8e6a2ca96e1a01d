using Reliability.Soak;

namespace Reliability.Tests.Soak;

/// <summary>
/// Sixteen clients mixing writes, transactions, reads and change streams while others die
/// mid-transaction and cut messages in half: every acknowledged write is there, nothing aborted
/// or abandoned is, a healthy client is answered throughout, and transactions, cursors, sessions,
/// connections and memory return to their starting point. Duration: SOAK_SECONDS (default 10).
/// </summary>
public sealed class SoakScenarioTests
{
    [Fact]
    public async Task Soak_with_faults_loses_nothing_and_leaves_nothing_behind()
    {
        var report = await SoakScenario.RunAsync(new SoakOptions
        {
            Duration = TimeSpan.FromSeconds(Durations.FromEnvironment("SOAK_SECONDS", 10)),
            Clients = 16,
        });

        Assert.Empty(report.Problems);
        Assert.Equal(0, report.WritesLost);
        Assert.Equal(0, report.WritesThatShouldNotExist);
        Assert.Equal((0, 0, 0, 0), (report.OpenTransactionsAfter, report.OpenCursorsAfter, report.SessionsAfter, report.ConnectionsAfter));
        Assert.Equal(0, report.HealthyFailures);
        Assert.True(report.HealthyAnswers > 0, "the healthy client was never answered");
        // The faults really happened and the load really ran.
        Assert.True(report.ClientsKilledMidTransaction > 0, "no client was killed mid-transaction");
        Assert.True(report.WireSessionsAbandoned > 0, "no raw connection hung up mid-transaction");
        Assert.True(report.ConnectionsCut > 0, "no message was cut");
        Assert.True(report.TransactionsCommitted > 0 && report.TransactionsAborted > 0, "transactions did not both commit and abort");
        Assert.True(report.ChangeEvents > 0, "no change event was read");
    }
}
