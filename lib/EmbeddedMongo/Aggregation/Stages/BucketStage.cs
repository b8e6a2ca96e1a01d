using EmbeddedMongo.Aggregation.Accumulators;
using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $bucket: groups documents into ranges [boundary i, boundary i+1) of a groupBy expression; the
/// _id of a bucket is its lower bound, values outside go to the default bucket (or fail).
/// Without output, each bucket counts its documents.
/// </summary>
public sealed class BucketStage : IPipelineStage
{
    private readonly Expression groupBy;
    private readonly BsonValue[] boundaries;
    private readonly BsonValue? defaultBucket;
    private readonly (string Field, AccumulatorDefinition Definition)[] output;

    private BucketStage(Expression groupBy, BsonValue[] boundaries, BsonValue? defaultBucket, (string, AccumulatorDefinition)[] output)
    {
        this.groupBy = groupBy;
        this.boundaries = boundaries;
        this.defaultBucket = defaultBucket;
        this.output = output;
    }

    public string Name => "$bucket";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(40201, $"Argument to $bucket stage must be an object, but found type: {CommandArgs.TypeName(spec)}.");
        }

        BsonValue? groupBySpec = null, defaultBucket = null;
        BsonArray? boundaries = null;
        BsonDocument? outputSpec = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "groupBy":
                    if (!(element.Value is BsonString s && s.Value.StartsWith('$')) && element.Value is not BsonDocument)
                    {
                        throw Errors.Location(40202, $"The $bucket 'groupBy' field must be defined as a $-prefixed path or an expression, but found: {element.Value}.");
                    }

                    groupBySpec = element.Value;
                    break;
                case "boundaries":
                    boundaries = element.Value as BsonArray
                        ?? throw Errors.Location(40200, $"The $bucket 'boundaries' field must be an array, but found type: {CommandArgs.TypeName(element.Value)}.");
                    break;
                case "default":
                    defaultBucket = element.Value;
                    break;
                case "output":
                    outputSpec = element.Value as BsonDocument
                        ?? throw Errors.Location(40196, $"The $bucket 'output' field must be an object, but found type: {CommandArgs.TypeName(element.Value)}.");
                    break;
                default:
                    throw Errors.Location(40197, $"Unrecognized option to $bucket: {element.Name}.");
            }
        }

        if (groupBySpec is null || boundaries is null)
        {
            throw Errors.Location(40198, "$bucket requires 'groupBy' and 'boundaries' to be specified.");
        }

        if (boundaries.Count < 2)
        {
            throw Errors.Location(40192, $"The $bucket 'boundaries' field must have at least 2 values, but found {boundaries.Count} value(s).");
        }

        for (var i = 1; i < boundaries.Count; i++)
        {
            var previous = boundaries[i - 1];
            var current = boundaries[i];
            if (BsonOrder.Rank(previous) != BsonOrder.Rank(current))
            {
                throw Errors.Location(40193,
                    $"All values in the the 'boundaries' option to $bucket must have the same type. Found conflicting types {CommandArgs.TypeName(previous)} and {CommandArgs.TypeName(current)}.");
            }

            if (BsonOrder.CompareValues(previous, current) >= 0)
            {
                throw Errors.Location(40194,
                    $"The 'boundaries' option to $bucket must be sorted, but elements {i - 1} and {i} are not in ascending order ({previous} is not less than {current}).");
            }
        }

        if (defaultBucket is not null
            && BsonOrder.Rank(defaultBucket) == BsonOrder.Rank(boundaries[0])
            && BsonOrder.CompareValues(defaultBucket, boundaries[0]) >= 0
            && BsonOrder.CompareValues(defaultBucket, boundaries[^1]) < 0)
        {
            throw Errors.Location(40199, "The $bucket 'default' field must be less than the lowest boundary or greater than or equal to the highest boundary.");
        }

        var accumulators = outputSpec is null
            ? [("count", AccumulatorTable.Parse("$sum", 1))]
            : outputSpec.Select(e => (e.Name, GroupStage.ParseAccumulatorField(e.Name, e.Value))).ToArray();
        return new BucketStage(Expression.Parse(groupBySpec), boundaries.ToArray(), defaultBucket, accumulators);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var buckets = new IAccumulator[boundaries.Length][];
        IAccumulator[]? defaults = null;
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            var value = groupBy.Evaluate(evaluation) ?? BsonNull.Value;
            var index = Find(value);
            IAccumulator[] states;
            if (index >= 0)
            {
                states = buckets[index] ??= Create();
            }
            else if (defaultBucket is not null)
            {
                states = defaults ??= Create();
            }
            else
            {
                throw Errors.Location(40066,
                    $"$switch could not find a matching branch for an input, and no default was specified.");
            }

            foreach (var state in states)
            {
                state.Process(evaluation);
            }
        }

        var results = new List<BsonDocument>();
        for (var i = 0; i < boundaries.Length - 1; i++)
        {
            if (buckets[i] is { } states)
            {
                results.Add(Output(boundaries[i], states));
            }
        }

        if (defaults is not null)
        {
            results.Add(Output(defaultBucket!, defaults));
        }

        return results.OrderBy(d => d["_id"], BsonOrder.Instance);
    }

    /// <summary>The bucket whose range holds the value, or -1.</summary>
    private int Find(BsonValue value)
    {
        if (BsonOrder.Rank(value) != BsonOrder.Rank(boundaries[0])
            || BsonOrder.CompareValues(value, boundaries[0]) < 0
            || BsonOrder.CompareValues(value, boundaries[^1]) >= 0)
        {
            return -1;
        }

        int lo = 0, hi = boundaries.Length - 1;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (BsonOrder.CompareValues(value, boundaries[mid]) >= 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private IAccumulator[] Create() => output.Select(o => o.Definition.Create()).ToArray();

    private BsonDocument Output(BsonValue id, IAccumulator[] states)
    {
        var document = new BsonDocument("_id", id);
        for (var i = 0; i < states.Length; i++)
        {
            document.Add(output[i].Field, states[i].Finish());
        }

        return document;
    }
}
