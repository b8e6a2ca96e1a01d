using EmbeddedMongo.Aggregation.Expressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$firstN and $lastN: the first or last n values in input order (missing counts as null).</summary>
public sealed class PositionalNDefinition(Expression n, Expression input, bool first) : AccumulatorDefinition
{
    private Expression N { get; } = n;

    private Expression Input { get; } = input;

    private bool First { get; } = first;

    public static Func<BsonValue, string, AccumulatorDefinition> Parse(bool first) => (argument, op) =>
    {
        var (n, input) = NParameter.ParseNInput(argument, op, 5787801);
        return new PositionalNDefinition(n, input, first);
    };

    public override IAccumulator Create() => new State(this);

    private sealed class State(PositionalNDefinition definition) : IAccumulator
    {
        private readonly Queue<BsonValue> kept = new();
        private long n;

        public void Process(EvaluationContext context)
        {
            if (n == 0)
            {
                n = NParameter.Evaluate(definition.N, context);
            }

            if (definition.First && kept.Count >= n)
            {
                return;
            }

            kept.Enqueue(definition.Input.Evaluate(context) ?? BsonNull.Value);
            if (kept.Count > n)
            {
                kept.Dequeue();
            }
        }

        public BsonValue Finish() => new BsonArray(kept);
    }
}
