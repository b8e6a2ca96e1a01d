using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$match: keeps the documents that satisfy a query filter.</summary>
public sealed class MatchStage(Filter filter, BsonDocument source) : IPipelineStage
{
    public string Name => "$match";

    /// <summary>The filter document as given (a leading $match is handed to the query planner).</summary>
    public BsonDocument Source { get; } = source;

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(15959, "the match filter must be an expression in an object");
        }

        return new MatchStage(Filter.Parse(document), document);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
        => context.Variables.Count == 0 ? input.Where(filter.Matches) : input.Where(d => filter.Matches(d, context.Variables));
}
