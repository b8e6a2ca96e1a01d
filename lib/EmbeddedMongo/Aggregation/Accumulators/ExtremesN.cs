using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$maxN (sign 1) and $minN (sign -1): the n largest or smallest values, best first; null and missing ignored.</summary>
public sealed class ExtremesNDefinition(Expression n, Expression input, int sign) : AccumulatorDefinition
{
    private Expression N { get; } = n;

    private Expression Input { get; } = input;

    private int Sign { get; } = sign;

    public static Func<BsonValue, string, AccumulatorDefinition> Parse(int sign) => (argument, op) =>
    {
        var (n, input) = NParameter.ParseNInput(argument, op, 5787900);
        return new ExtremesNDefinition(n, input, sign);
    };

    public override IAccumulator Create() => new State(this);

    private sealed class State(ExtremesNDefinition definition) : IAccumulator
    {
        private readonly List<BsonValue> kept = [];
        private long n;

        public void Process(EvaluationContext context)
        {
            if (n == 0)
            {
                n = NParameter.Evaluate(definition.N, context);
            }

            var value = definition.Input.Evaluate(context);
            if (value is null || value.IsBsonNull || value.IsBsonUndefined)
            {
                return;
            }

            kept.Add(value);
            if (kept.Count > 2 * n + 16)
            {
                Trim();
            }
        }

        public BsonValue Finish()
        {
            Trim();
            return new BsonArray(kept);
        }

        private void Trim()
        {
            var ordered = kept.Select((v, i) => (Value: v, Index: i))
                .OrderBy(e => e.Value, Comparer<BsonValue>.Create((a, b) => -definition.Sign * BsonOrder.CompareValues(a, b)))
                .ThenBy(e => e.Index)
                .Take((int)Math.Min(n, int.MaxValue))
                .Select(e => e.Value)
                .ToList();
            kept.Clear();
            kept.AddRange(ordered);
        }
    }
}
