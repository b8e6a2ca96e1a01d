using EmbeddedMongo.Query;
using EmbeddedMongo.Query.Update;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// Applies one parsed update to the documents a query matches, or inserts the upsert document,
/// shared by the update and findAndModify commands. Call under the storage write lock. Counts go
/// into <see cref="UpdateTally"/> as they happen, so a failure part way keeps the counts of what
/// was written before it.
/// </summary>
public static class UpdateWriter
{
    public static void UpdateMatching(
        CollectionStore collection,
        BsonDocument query,
        SortSpec? sort,
        BsonValue? hint,
        ParsedUpdate update,
        bool multi,
        bool bypassValidation,
        Func<UpdateContext> newContext,
        UpdateTally tally,
        IReadOnlyDictionary<string, BsonValue>? variables = null)
    {
        var filter = Filter.Parse(query, variables);
        var plan = QueryPlanner.Plan(collection, query, sort?.Source, hint);
        IEnumerable<(long RecordId, BsonDocument Document)> matches = plan.Candidates.Where(c => filter.Matches(c.Document));
        if (sort is not null)
        {
            matches = matches.OrderBy(c => c.Document, sort);
        }

        if (!multi)
        {
            matches = matches.Take(1);
        }

        foreach (var (recordId, document) in matches.ToList())
        {
            var context = newContext();
            context.Original = document;
            context.Query = query;
            var updated = update.Apply(document, context);
            tally.Matched++;
            tally.Before ??= document;
            if (updated.Equals(document))
            {
                tally.After ??= document;
                continue;
            }

            if (!bypassValidation)
            {
                DocumentValidator.Check(collection, updated, document);
            }

            collection.Replace(recordId, updated, update.IsReplacement);
            tally.Modified++;
            tally.After ??= updated;
        }
    }

    /// <summary>
    /// Where pipeline-style updates run: $$NOW fixed for the command, the command's let variables
    /// (expressions, evaluated once) and the statement's constants (c, taken as they are).
    /// </summary>
    public static Aggregation.PipelineContext PipelineFor(CommandContext context, string collection, DateTime now, BsonDocument? let, BsonDocument? constants = null)
    {
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        if (let is not null)
        {
            var evaluation = new Aggregation.Expressions.EvaluationContext(new BsonDocument(), now);
            foreach (var element in let)
            {
                variables[element.Name] = Aggregation.Expressions.Expression.Parse(element.Value).Evaluate(evaluation) ?? BsonNull.Value;
            }
        }

        foreach (var element in constants ?? [])
        {
            variables[element.Name] = element.Value;
        }

        return new Aggregation.PipelineContext(context.Storage, context.Database, collection, now) { Variables = variables, Deadline = context.Deadline };
    }

    public static BsonDocument Upsert(CollectionStore collection, BsonDocument query, ParsedUpdate update, bool bypassValidation, Func<UpdateContext> newContext, UpdateTally tally)
    {
        var context = newContext();
        context.Query = query;
        var document = update.BuildUpsert(query, context);
        if (!bypassValidation)
        {
            DocumentValidator.Check(collection, document, null);
        }

        collection.Insert(document);
        tally.Upserted = document;
        tally.After = document;
        return document;
    }
}

/// <summary>What one update statement did: matched and modified counts, the upserted document, the first document before and after.</summary>
public sealed class UpdateTally
{
    public long Matched { get; set; }

    public long Modified { get; set; }

    public BsonDocument? Upserted { get; set; }

    public BsonDocument? Before { get; set; }

    public BsonDocument? After { get; set; }

    public bool Wrote => Modified > 0 || Upserted is not null;
}
