using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$push: every value, in order (missing values are skipped).</summary>
public sealed class PushAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private readonly BsonArray values = [];

    public override void Add(BsonValue? value)
    {
        if (value is not null)
        {
            values.Add(value);
        }
    }

    public override BsonValue Finish() => values;
}

/// <summary>$addToSet: distinct values (BSON equality), in first-seen order; missing values are skipped.</summary>
public sealed class AddToSetAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private readonly HashSet<BsonValue> seen = new(BsonOrder.Instance);
    private readonly BsonArray values = [];

    public override void Add(BsonValue? value)
    {
        if (value is not null && seen.Add(value))
        {
            values.Add(value);
        }
    }

    public override BsonValue Finish() => values;
}

/// <summary>$mergeObjects: one document combining the input documents, later fields winning; null and missing are skipped.</summary>
public sealed class MergeObjectsAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private readonly BsonDocument merged = [];

    public override void Add(BsonValue? value)
    {
        switch (value)
        {
            case null or BsonNull or BsonUndefined:
                return;
            case BsonDocument document:
                foreach (var element in document)
                {
                    merged[element.Name] = element.Value;
                }

                return;
            default:
                throw Errors.Location(40400, $"$mergeObjects requires object inputs, but input {Errors.RenderForMessage(value)} is of type {CommandArgs.TypeName(value)}");
        }
    }

    public override BsonValue Finish() => merged.DeepClone();
}

/// <summary>$count: the number of documents; its argument must be an empty document.</summary>
public sealed class CountAccumulator : AccumulatorDefinition, IAccumulator
{
    private long count;

    public static AccumulatorDefinition Parse(BsonValue argument, string op)
    {
        if (argument is not BsonDocument { ElementCount: 0 })
        {
            throw Errors.TypeMismatch("$count takes no arguments, i.e. $count:{}");
        }

        return new CountAccumulator();
    }

    public override IAccumulator Create() => new CountAccumulator();

    public void Process(EvaluationContext context) => count++;

    public BsonValue Finish() => count > int.MaxValue ? new BsonInt64(count) : new BsonInt32((int)count);
}
