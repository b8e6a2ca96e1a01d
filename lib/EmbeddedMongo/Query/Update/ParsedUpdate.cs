using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// The "u" of an update statement, parsed once: a replacement document, a document of update
/// operators ({$set: ...}) or an aggregation pipeline (an array). Applying it never mutates the
/// document it is given; it returns a new one.
/// </summary>
public abstract class ParsedUpdate
{
    public virtual bool IsReplacement => false;

    public static ParsedUpdate Parse(BsonValue update, BsonArray? arrayFilters, BsonDocument? constants = null)
    {
        if (constants is not null && update is not BsonArray)
        {
            throw Errors.Location(51198, "Constant values may only be specified for pipeline updates");
        }

        switch (update)
        {
            case BsonArray pipeline:
                if (arrayFilters is not null)
                {
                    throw Errors.FailedToParse("arrayFilters may not be specified for pipeline-style updates");
                }

                return PipelineUpdate.Parse(pipeline);
            case BsonDocument document when document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$'):
                return OperatorUpdate.Parse(document, ArrayFilters.Parse(arrayFilters));
            case BsonDocument document:
                return ReplacementUpdate.Parse(document);
            default:
                throw Errors.FailedToParse($"Update argument must be either an object or an array");
        }
    }

    /// <summary>The updated document (a new object; <paramref name="original"/> is left untouched).</summary>
    public abstract BsonDocument Apply(BsonDocument original, UpdateContext context);

    /// <summary>The document an upsert inserts when the query matched nothing.</summary>
    public abstract BsonDocument BuildUpsert(BsonDocument query, UpdateContext context);

    /// <summary>Stored documents carry _id first; an upsert without one gets a new ObjectId.</summary>
    protected static BsonDocument WithIdFirst(BsonDocument document)
    {
        if (!document.TryGetValue("_id", out var id))
        {
            var withId = new BsonDocument("_id", ObjectId.GenerateNewId());
            withId.AddRange(document);
            return withId;
        }

        DocumentRules.CheckId(id);
        if (document.GetElement(0).Name == "_id")
        {
            return document;
        }

        var reordered = new BsonDocument("_id", id);
        reordered.AddRange(document.Where(e => e.Name != "_id"));
        return reordered;
    }
}
