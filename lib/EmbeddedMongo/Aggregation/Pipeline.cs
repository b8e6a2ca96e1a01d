using EmbeddedMongo.Aggregation.Stages;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>A parsed aggregation pipeline: its stages in order, applied lazily one over the other.</summary>
public sealed class Pipeline
{
    private Pipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>Parses a pipeline array. <paramref name="nested"/> is true inside $lookup, $facet and $unionWith.</summary>
    public static Pipeline Parse(BsonArray stages, bool nested = false, bool databaseLevel = false)
    {
        var parsed = new List<IPipelineStage>(stages.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            parsed.Add(ParseStage(stages[i], new StageParseContext(i, stages.Count, nested, databaseLevel)));
        }

        Optimize(parsed);
        return new Pipeline(parsed);
    }

    /// <summary>Parses a pipeline given as a BSON value, with the error a non-array gets.</summary>
    public static Pipeline Parse(BsonValue value, string field, bool nested)
    {
        if (value is not BsonArray array)
        {
            throw Errors.TypeMismatch($"'{field}' option must be specified as an array");
        }

        return Parse(array, nested);
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
        return entry.Parse(element.Value, where);
    }

    /// <summary>
    /// Rewrites the server applies as well: $lookup absorbs a $unwind of its "as" field, and a
    /// $sort followed by $limit (possibly with a $skip in between) keeps only the top k documents.
    /// </summary>
    private static void Optimize(List<IPipelineStage> stages)
    {
        for (var i = 0; i + 1 < stages.Count; i++)
        {
            if (stages[i] is LookupStage { AbsorbedUnwind: null } lookup && stages[i + 1] is UnwindStage unwind && unwind.Path == lookup.As)
            {
                lookup.AbsorbedUnwind = unwind;
                stages.RemoveAt(i + 1);
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
