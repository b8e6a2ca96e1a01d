using EmbeddedMongo.Aggregation.Accumulators;
using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $bucketAuto: sorts by the groupBy value and cuts the documents into (up to) n buckets of about
/// equal size, never splitting equal values; _id is {min, max} where max is the next bucket's
/// min (the last bucket's own maximum). An optional preferred-number granularity rounds the bounds.
/// </summary>
public sealed class BucketAutoStage : IPipelineStage
{
    private readonly Expression groupBy;
    private readonly int buckets;
    private readonly Granularity? granularity;
    private readonly (string Field, AccumulatorDefinition Definition)[] output;

    private BucketAutoStage(Expression groupBy, int buckets, Granularity? granularity, (string, AccumulatorDefinition)[] output)
    {
        this.groupBy = groupBy;
        this.buckets = buckets;
        this.granularity = granularity;
        this.output = output;
    }

    public string Name => "$bucketAuto";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(40240, $"The argument to $bucketAuto must be an object, but found type: {CommandArgs.TypeName(spec)}.");
        }

        BsonValue? groupBySpec = null;
        int? buckets = null;
        Granularity? granularity = null;
        BsonDocument? outputSpec = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "groupBy":
                    if (!(element.Value is BsonString s && s.Value.StartsWith('$')) && element.Value is not BsonDocument)
                    {
                        throw Errors.Location(40239, $"The $bucketAuto 'groupBy' field must be defined as a $-prefixed path or an expression object, but found: {element.Value}.");
                    }

                    groupBySpec = element.Value;
                    break;
                case "buckets":
                    if (!BsonOrder.IsNumber(element.Value) || Numeric.ToDouble(element.Value) != Math.Floor(Numeric.ToDouble(element.Value))
                        || Numeric.ToDouble(element.Value) > int.MaxValue)
                    {
                        throw Errors.Location(40241, $"The $bucketAuto 'buckets' field must be a numeric value, but found type: {CommandArgs.TypeName(element.Value)}.");
                    }

                    buckets = (int)Numeric.ToDouble(element.Value);
                    if (buckets <= 0)
                    {
                        throw Errors.Location(40243, $"The $bucketAuto 'buckets' field must be greater than 0, but found: {buckets}.");
                    }

                    break;
                case "output":
                    outputSpec = element.Value as BsonDocument
                        ?? throw Errors.Location(40244, $"The $bucketAuto 'output' field must be an object, but found type: {CommandArgs.TypeName(element.Value)}.");
                    break;
                case "granularity":
                    if (element.Value is not BsonString g)
                    {
                        throw Errors.Location(40261, $"The $bucketAuto 'granularity' field must be a string, but found type: {CommandArgs.TypeName(element.Value)}.");
                    }

                    granularity = Granularity.Parse(g.Value);
                    break;
                default:
                    throw Errors.Location(40245, $"Unrecognized option to $bucketAuto: {element.Name}.");
            }
        }

        if (groupBySpec is null || buckets is null)
        {
            throw Errors.Location(40246, "$bucketAuto requires 'groupBy' and 'buckets' to be specified");
        }

        var accumulators = outputSpec is null
            ? [("count", AccumulatorTable.Parse("$sum", 1))]
            : outputSpec.Select(e => (e.Name, GroupStage.ParseAccumulatorField(e.Name, e.Value))).ToArray();
        return new BucketAutoStage(Expression.Parse(groupBySpec), buckets.Value, granularity, accumulators);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        var keyed = new List<(BsonValue Key, BsonDocument Document)>();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            var key = groupBy.Evaluate(evaluation) ?? BsonNull.Value;
            if (granularity is not null && !BsonOrder.IsNumber(key))
            {
                throw Errors.Location(40258, $"$bucketAuto can specify a 'granularity' with numeric boundaries only, but found a value with type: {CommandArgs.TypeName(key)}");
            }

            if (granularity is not null && Numeric.ToDouble(key) < 0)
            {
                throw Errors.Location(40260, $"A granularity rounder cannot round a negative number, but found: {key}");
            }

            keyed.Add((key, document));
        }

        if (keyed.Count == 0)
        {
            yield break;
        }

        var sorted = keyed.OrderBy(k => k.Key, BsonOrder.Instance).ToList();
        var approximateSize = Math.Max(1, (int)Math.Round((double)sorted.Count / buckets, MidpointRounding.AwayFromZero));
        var made = new List<(BsonValue Min, BsonValue Max, IAccumulator[] States)>();
        var i = 0;
        while (i < sorted.Count)
        {
            var min = sorted[i].Key;
            var states = output.Select(o => o.Definition.Create()).ToArray();
            var count = 0;
            var lastBucket = made.Count == buckets - 1;
            while (i < sorted.Count && (lastBucket || count < approximateSize))
            {
                Add(states, sorted[i].Document, evaluation);
                count++;
                i++;
            }

            while (i < sorted.Count && BsonOrder.CompareValues(sorted[i].Key, sorted[i - 1].Key) == 0)
            {
                Add(states, sorted[i].Document, evaluation);
                i++;
            }

            BsonValue max;
            if (granularity is not null)
            {
                // The rounded bound may take in more values, which then belong to this bucket.
                max = granularity.RoundUp(sorted[i - 1].Key);
                while (i < sorted.Count && BsonOrder.CompareValues(sorted[i].Key, max) < 0)
                {
                    Add(states, sorted[i].Document, evaluation);
                    i++;
                }

                min = made.Count == 0 ? granularity.RoundDown(min) : made[^1].Max;
            }
            else
            {
                max = i < sorted.Count ? sorted[i].Key : sorted[i - 1].Key;
            }

            made.Add((min, max, states));
        }

        foreach (var (min, max, states) in made)
        {
            var document = new BsonDocument("_id", new BsonDocument { { "min", min }, { "max", max } });
            for (var k = 0; k < states.Length; k++)
            {
                document.Add(output[k].Field, states[k].Finish());
            }

            yield return document;
        }
    }

    private static void Add(IAccumulator[] states, BsonDocument document, EvaluationContext evaluation)
    {
        evaluation.Root = document;
        evaluation.Current = document;
        foreach (var state in states)
        {
            state.Process(evaluation);
        }
    }
}
