using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// One update operator ($set, $inc, $push...). Each family lives in its own file and is listed in
/// <see cref="UpdateOperatorTable"/>. An operator checks its operand once per update
/// (<see cref="Prepare"/>, parse-time errors) and then applies it to each concrete path.
/// </summary>
public abstract class UpdateOperator
{
    public abstract string Name { get; }

    /// <summary>Checks one field's operand and returns what <see cref="Apply"/> receives.</summary>
    public virtual object Prepare(UpdatePath path, BsonValue operand) => operand;

    /// <summary>Applies the operand to the value at <paramref name="target"/> in the document being built.</summary>
    public abstract void Apply(UpdateTarget target, object operand, UpdateContext context);
}

/// <summary>What applying an update to one document may need beyond the document itself.</summary>
public sealed class UpdateContext
{
    /// <summary>The document as it was before this update (for messages that show its _id).</summary>
    public BsonDocument Original { get; set; } = new();

    /// <summary>True when the update builds a document for an upsert ($setOnInsert applies).</summary>
    public bool IsInsert { get; set; }

    /// <summary>The query of the statement, which the positional "$" operator refers to.</summary>
    public BsonDocument? Query { get; set; }

    /// <summary>The time $currentDate writes ($$NOW of pipeline updates), fixed for one command.</summary>
    public DateTime Now { get; set; } = DateTime.UtcNow;

    /// <summary>The timestamp $currentDate {$type: "timestamp"} writes.</summary>
    public Func<BsonTimestamp> Timestamp { get; set; } = () => new BsonTimestamp((int)DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 1);

    /// <summary>Where a pipeline-style update runs ($$NOW, let/c variables).</summary>
    public Aggregation.PipelineContext? Pipeline { get; set; }

    public string IdText => ValueText.IdElement(Original);
}
