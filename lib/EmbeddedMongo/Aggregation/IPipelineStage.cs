using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// One parsed aggregation stage. Stages never mutate the documents they receive (those come from
/// storage or from an earlier stage); they yield new documents or pass the same ones on.
/// </summary>
public interface IPipelineStage
{
    /// <summary>The MQL stage name, such as "$group".</summary>
    string Name { get; }

    /// <summary>Transforms the input sequence lazily where the stage allows it.</summary>
    IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context);
}
