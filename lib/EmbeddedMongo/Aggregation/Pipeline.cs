using EmbeddedMongo.Aggregation.Stages;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>A parsed aggregation pipeline: its stages in order, applied lazily one over the other.</summary>
public sealed class Pipeline
{
    private Pipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>Parses a pipeline array; <paramref name="container"/> names the stage holding a sub-pipeline ($lookup, $facet, $unionWith).</summary>
    public static Pipeline Parse(BsonArray stages, string? container = null, bool databaseLevel = false)
    {
        var parsed = new List<IPipelineStage>(stages.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            parsed.Add(ParseStage(stages[i], new StageParseContext(i, stages.Count, container, databaseLevel)));
        }

        Optimize(parsed);
        return new Pipeline(parsed);
    }

    private static IPipelineStage ParseStage(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.TypeMismatch($"Each element of the 'pipeline' array must be an object");
        }

        if (document.ElementCount != 1)
        {
            throw Errors.Location(40323, "A pipeline stage specification object must contain exactly one field.");
        }

        var element = document.GetElement(0);
        var entry = StageTable.Find(element.Name) ?? throw Errors.Location(40324, $"Unrecognized pipeline stage name: '{element.Name}'");
        CheckPlacement(element.Name, where);
        return entry.Parse(element.Value, where);
    }

    /// <summary>Stages that write or nest are refused inside sub-pipelines that cannot hold them.</summary>
    private static void CheckPlacement(string stage, StageParseContext where)
    {
        switch (where.Container)
        {
            case "$facet" when stage is "$out" or "$merge" or "$facet" or "$collStats" or "$indexStats" or "$changeStream" or "$geoNear" or "$documents":
                throw Errors.Location(40600, $"{stage} is not allowed to be used within a $facet stage");
            case "$lookup" when stage is "$out" or "$merge":
                throw Errors.Location(51047, $"{stage} is not allowed to be used within a $lookup stage");
            case "$merge" when stage is not ("$addFields" or "$set" or "$project" or "$unset" or "$replaceRoot" or "$replaceWith"):
                throw Errors.Location(51198, $"{stage} is not allowed to be used within a $merge update pipeline");
            case "$unionWith" when stage is "$out" or "$merge":
                throw Errors.Location(31441, $"{stage} is not allowed within a $unionWith's sub-pipeline");
        }
    }

    /// <summary>
    /// Rewrites the server applies as well: $lookup absorbs a $unwind of its "as" field and then a
    /// $match on fields of "as" only (and sets its field in place in the new documents of a $group
    /// before it), and a $sort followed by $limit (possibly with a $skip in between) keeps only the
    /// top k documents.
    /// </summary>
    private static void Optimize(List<IPipelineStage> stages)
    {
        for (var i = 0; i + 1 < stages.Count; i++)
        {
            if (stages[i] is LookupStage { AbsorbedUnwind: null } lookup && stages[i + 1] is UnwindStage unwind && unwind.Path == lookup.As)
            {
                lookup.AbsorbedUnwind = unwind;
                stages.RemoveAt(i + 1);
                if (i + 1 < stages.Count && stages[i + 1] is MatchStage match && lookup.TryAbsorb(match))
                {
                    stages.RemoveAt(i + 1);
                }
            }
        }

        for (var i = 1; i < stages.Count; i++)
        {
            if (stages[i - 1] is GroupStage && stages[i] is LookupStage joined)
            {
                joined.OwnsInput = true;
            }
        }

        for (var i = 0; i + 1 < stages.Count; i++)
        {
            if (stages[i] is not SortStage sort)
            {
                continue;
            }

            long skipped = 0;
            var j = i + 1;
            while (j < stages.Count && stages[j] is SkipStage skip)
            {
                skipped += skip.Count;
                j++;
            }

            if (j < stages.Count && stages[j] is LimitStage limit)
            {
                sort.TopK = skipped + limit.Count;
            }
        }
    }

    /// <summary>Applies every stage in turn to <paramref name="source"/>.</summary>
    public IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> source, PipelineContext context)
    {
        var current = context.Guarded(source);
        foreach (var stage in Stages)
        {
            current = stage.Apply(current, context);
        }

        return current;
    }
}
