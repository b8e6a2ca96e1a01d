using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// What an expression is evaluated against: $$ROOT, $$CURRENT, user variables ($let, let:,
/// $$this in $map/$filter/$reduce) and $$NOW (fixed for one command).
/// </summary>
public sealed class EvaluationContext
{
    public EvaluationContext(BsonDocument root, DateTime now, IReadOnlyDictionary<string, BsonValue>? variables = null)
    {
        Root = root;
        Current = root;
        Now = now;
        Variables = variables is null ? new Dictionary<string, BsonValue>(StringComparer.Ordinal) : new Dictionary<string, BsonValue>(variables, StringComparer.Ordinal);
    }

    public BsonDocument Root { get; set; }

    public BsonValue Current { get; set; }

    public DateTime Now { get; }

    /// <summary>$$CLUSTER_TIME; by default the timestamp of <see cref="Now"/> (seconds, increment 1).</summary>
    public BsonTimestamp ClusterTime
    {
        get => clusterTime ??= new BsonTimestamp((int)new DateTimeOffset(DateTime.SpecifyKind(Now, DateTimeKind.Utc)).ToUnixTimeSeconds(), 1);
        set => clusterTime = value;
    }

    public Dictionary<string, BsonValue> Variables { get; }

    private BsonTimestamp? clusterTime;
}
