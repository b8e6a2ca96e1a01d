using EmbeddedMongo.Aggregation;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The stages that may follow <c>$changeStream</c> (the manual's "Modify Change Stream Output"):
/// $match, $project, $addFields/$set, $unset, $replaceRoot/$replaceWith and $redact, run by the
/// aggregation engine over each event. An event whose resume token (_id) a stage changed ends
/// the stream (280), as on MongoDB.
/// </summary>
public sealed class ChangeStreamPipeline
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "$addFields", "$match", "$project", "$redact", "$replaceRoot", "$replaceWith", "$set", "$unset",
    };

    private readonly Pipeline? pipeline;
    private readonly StorageEngine storage;
    private readonly string database;
    private readonly string? collection;

    public ChangeStreamPipeline(BsonArray stages, StorageEngine storage, string database, string? collection)
    {
        this.storage = storage;
        this.database = database;
        this.collection = collection;
        var rest = new BsonArray(stages.Skip(1));
        foreach (var stage in rest)
        {
            if (stage is not BsonDocument { ElementCount: 1 } document)
            {
                throw Errors.Location(40323, "A pipeline stage specification object must contain exactly one field.");
            }

            var name = document.GetElement(0).Name;
            if (name == "$changeStream")
            {
                throw Errors.Location(40602, "$changeStream is only valid as the first stage in a pipeline.");
            }

            if (!Allowed.Contains(name))
            {
                throw Errors.IllegalOperation($"{name} is not permitted in a $changeStream pipeline");
            }
        }

        pipeline = rest.Count == 0 ? null : Pipeline.Parse(rest);
    }

    /// <summary>The event after every stage, or null when a stage filtered it out.</summary>
    public BsonDocument? Apply(BsonDocument change)
    {
        if (pipeline is null)
        {
            return change;
        }

        var context = new PipelineContext(storage, database, collection, DateTime.UtcNow);
        var output = pipeline.Execute([change], context).FirstOrDefault();
        if (output is null)
        {
            return null;
        }

        if (!output.TryGetValue("_id", out var token) || !token.Equals(change["_id"]))
        {
            throw Errors.ChangeStreamFatalError("Encountered an event whose _id field, which contains the resume token, was modified by the pipeline. Modifying the _id field of an event makes it impossible to resume the stream from that point. Only transformations that retain the unmodified _id field are allowed.");
        }

        return output;
    }
}
