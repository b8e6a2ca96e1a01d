using EmbeddedMongo.Aggregation.Expressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>The running state of one accumulator for one group (or one window).</summary>
public interface IAccumulator
{
    /// <summary>Takes one input document; the accumulator evaluates its own expressions against it.</summary>
    void Process(EvaluationContext context);

    /// <summary>The accumulated value (never "missing": empty groups give null or an empty array).</summary>
    BsonValue Finish();
}

/// <summary>A parsed accumulator ({$sum: expr}, {$topN: {...}}): creates one state per group.</summary>
public abstract class AccumulatorDefinition
{
    public abstract IAccumulator Create();
}

/// <summary>An accumulator over the values of one expression.</summary>
public abstract class ValueAccumulator : IAccumulator
{
    protected ValueAccumulator(Expression argument) => Argument = argument;

    protected Expression Argument { get; }

    public virtual void Process(EvaluationContext context) => Add(Argument.Evaluate(context));

    /// <summary>One value; null means missing.</summary>
    public abstract void Add(BsonValue? value);

    public abstract BsonValue Finish();
}

/// <summary>A definition that makes a value accumulator from one parsed expression.</summary>
public sealed class ValueAccumulatorDefinition(Expression argument, Func<Expression, IAccumulator> create) : AccumulatorDefinition
{
    public override IAccumulator Create() => create(argument);
}
