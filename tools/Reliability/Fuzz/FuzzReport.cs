namespace Reliability.Fuzz;

/// <summary>What the input scenario sent and how the server took it.</summary>
public sealed record FuzzReport
{
    public TimeSpan Duration { get; init; }

    public long MutatedMessages { get; init; }

    public int MalformedCases { get; init; }

    /// <summary>Malformed cases answered with an error or a closed connection (all of them, when healthy).</summary>
    public int MalformedRefused { get; init; }

    public long HealthyAnswers { get; init; }

    public int ConnectionsAfter { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
}
