using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>
/// $top, $bottom, $topN and $bottomN: the output of the first (or last) documents in sortBy
/// order; ties keep input order. The single forms give a value, the N forms an array.
/// </summary>
public sealed class SortedDefinition : AccumulatorDefinition
{
    private readonly Expression? n;
    private readonly Expression output;
    private readonly SortSpec sort;
    private readonly bool bottom;

    private SortedDefinition(Expression? n, Expression output, SortSpec sort, bool bottom)
    {
        this.n = n;
        this.output = output;
        this.sort = sort;
        this.bottom = bottom;
    }

    public static Func<BsonValue, string, AccumulatorDefinition> Parse(bool bottom, bool single) => (argument, op) =>
    {
        if (argument is not BsonDocument spec)
        {
            throw Errors.Location(5788001, $"specification must be an object; found {op}: {argument}");
        }

        Expression? n = null;
        BsonValue? output = null;
        BsonDocument? sortBy = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "n" when !single:
                    n = Expression.Parse(element.Value);
                    break;
                case "output":
                    output = element.Value;
                    break;
                case "sortBy":
                    sortBy = element.Value as BsonDocument ?? throw Errors.TypeMismatch($"expected 'sortBy' to be an object, found {CommandArgs.TypeName(element.Value)}");
                    break;
                default:
                    throw Errors.Location(5788002, $"Unknown argument to {op} '{element.Name}'");
            }
        }

        if (!single && n is null)
        {
            throw Errors.Location(5788003, "Missing value for 'n'");
        }

        if (output is null)
        {
            throw Errors.Location(5788004, "Missing value for 'output'");
        }

        if (sortBy is null)
        {
            throw Errors.Location(5788005, "Missing value for 'sortBy'");
        }

        if (sortBy.ElementCount == 0)
        {
            throw Errors.Location(9657900, "Value for 'sortBy' must be a non-empty object");
        }

        return new SortedDefinition(n, Expression.Parse(output), SortSpec.Parse(sortBy)!, bottom);
    };

    public override IAccumulator Create() => new State(this);

    private sealed class State(SortedDefinition definition) : IAccumulator
    {
        private readonly List<(BsonDocument Document, BsonValue Output, long Seq)> kept = [];
        private long n;
        private long seq;

        public void Process(EvaluationContext context)
        {
            if (n == 0)
            {
                n = definition.n is null ? 1 : NParameter.Evaluate(definition.n, context);
            }

            kept.Add((context.Root, definition.output.Evaluate(context) ?? BsonNull.Value, seq++));
            if (kept.Count > 2 * n + 16)
            {
                Trim();
            }
        }

        public BsonValue Finish()
        {
            Trim();
            if (definition.n is null)
            {
                return kept.Count > 0 ? (definition.bottom ? kept[^1] : kept[0]).Output : BsonNull.Value;
            }

            return new BsonArray(kept.Select(k => k.Output));
        }

        /// <summary>Sorts stably and keeps the first n ($top) or the last n ($bottom), still in sort order.</summary>
        private void Trim()
        {
            kept.Sort((a, b) =>
            {
                var c = definition.sort.Compare(a.Document, b.Document);
                return c != 0 ? c : a.Seq.CompareTo(b.Seq);
            });
            var excess = kept.Count - (int)Math.Min(n, int.MaxValue);
            if (excess > 0)
            {
                kept.RemoveRange(definition.bottom ? 0 : kept.Count - excess, excess);
            }
        }
    }
}
