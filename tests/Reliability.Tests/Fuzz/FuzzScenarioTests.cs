using Reliability.Fuzz;

namespace Reliability.Tests.Fuzz;

/// <summary>
/// Every hand-made malformed message is refused (an error or a closed connection, never ok), and
/// random mutations of valid commands never take the server down, never leak a connection, and
/// never stop it answering a healthy client. Duration: FUZZ_SECONDS (default 3).
/// </summary>
public sealed class FuzzScenarioTests
{
    [Fact]
    public async Task Malformed_and_mutated_messages_are_refused_and_the_server_keeps_answering()
    {
        var report = await FuzzScenario.RunAsync(TimeSpan.FromSeconds(Durations.FromEnvironment("FUZZ_SECONDS", 3)));

        Assert.Empty(report.Problems);
        Assert.Equal(report.MalformedCases, report.MalformedRefused);
        Assert.Equal(0, report.ConnectionsAfter);
        Assert.True(report.MutatedMessages > 0, "no mutated message was sent");
        Assert.True(report.HealthyAnswers > 0, "the healthy client was never answered");
    }
}
