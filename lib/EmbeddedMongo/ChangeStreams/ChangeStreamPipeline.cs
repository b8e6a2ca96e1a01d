using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The stages that may follow <c>$changeStream</c> (the manual's "Modify Change Stream Output"):
/// $match, $project, $addFields/$set, $unset, $replaceRoot/$replaceWith, applied to each event.
/// An event whose resume token (_id) a stage changed ends the stream (280), as on MongoDB.
/// </summary>
public sealed class ChangeStreamPipeline
{
    private static readonly Dictionary<string, Func<BsonValue, Func<BsonDocument, BsonDocument?>>> Stages = new(StringComparer.Ordinal)
    {
        ["$addFields"] = SetStage,
        ["$match"] = MatchStage,
        ["$project"] = ProjectStage,
        ["$replaceRoot"] = spec => ReplaceStage(spec is BsonDocument d && d.TryGetValue("newRoot", out var root) ? root : throw Errors.Location(40231, "no newRoot specified for the $replaceRoot stage")),
        ["$replaceWith"] = ReplaceStage,
        ["$set"] = SetStage,
        ["$unset"] = UnsetStage,
    };

    private readonly List<Func<BsonDocument, BsonDocument?>> stages = new();

    public ChangeStreamPipeline(BsonArray pipeline)
    {
        foreach (var stage in pipeline.Skip(1))
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

            var build = Stages.GetValueOrDefault(name)
                ?? throw Errors.IllegalOperation($"{name} is not permitted in a $changeStream pipeline");
            stages.Add(build(document[0]));
        }
    }

    /// <summary>The event after every stage, or null when a stage filtered it out.</summary>
    public BsonDocument? Apply(BsonDocument change)
    {
        BsonDocument? current = change;
        foreach (var stage in stages)
        {
            current = stage(current);
            if (current is null)
            {
                return null;
            }
        }

        if (!current.TryGetValue("_id", out var token) || !token.Equals(change["_id"]))
        {
            throw Errors.ChangeStreamFatalError("Encountered an event whose _id field, which contains the resume token, was modified by the pipeline. Modifying the _id field of an event makes it impossible to resume the stream from that point. Only transformations that retain the unmodified _id field are allowed.");
        }

        return current;
    }

    private static Func<BsonDocument, BsonDocument?> MatchStage(BsonValue spec)
    {
        var filter = Filter.Parse(spec as BsonDocument ?? throw Errors.Location(15959, "the match filter must be an expression in an object"));
        return d => filter.Matches(d) ? d : null;
    }

    private static Func<BsonDocument, BsonDocument?> ProjectStage(BsonValue spec)
    {
        var projection = Projection.Parse(spec as BsonDocument ?? throw Errors.Location(15969, "$project specification must be an object"));
        return d => projection is null ? d : projection.Apply(d);
    }

    private static Func<BsonDocument, BsonDocument?> SetStage(BsonValue spec)
    {
        var fields = (spec as BsonDocument ?? throw Errors.Location(40272, "$set specification stage must be an object"))
            .Select(e => (e.Name, Expression: Expression.Parse(e.Value))).ToList();
        return d =>
        {
            var result = new BsonDocument(d);
            var context = new EvaluationContext(d, DateTime.UtcNow);
            foreach (var (name, expression) in fields)
            {
                if (expression.Evaluate(context) is { } value)
                {
                    result[name] = value;
                }
                else
                {
                    result.Remove(name);
                }
            }

            return result;
        };
    }

    private static Func<BsonDocument, BsonDocument?> UnsetStage(BsonValue spec)
    {
        var names = spec is BsonString s ? [s.Value] : (spec as BsonArray ?? throw Errors.Location(31002, "$unset specification must be a string or an array")).Select(v => v.AsString).ToList();
        return d =>
        {
            var result = new BsonDocument(d);
            foreach (var name in names)
            {
                result.Remove(name);
            }

            return result;
        };
    }

    private static Func<BsonDocument, BsonDocument?> ReplaceStage(BsonValue spec)
    {
        var expression = Expression.Parse(spec);
        return d => expression.Evaluate(new EvaluationContext(d, DateTime.UtcNow)) as BsonDocument
            ?? throw Errors.Location(40228, "'newRoot' expression must evaluate to an object");
    }
}
