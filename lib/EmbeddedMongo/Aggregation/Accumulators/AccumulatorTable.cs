using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>Every accumulator $group (and $setWindowFields) knows, sorted by name.</summary>
public static class AccumulatorTable
{
    /// <summary>An accumulator's parser (argument, operator name) and a line of help.</summary>
    public sealed record Entry(string Name, Func<BsonValue, string, AccumulatorDefinition> Parse, string Help);

    private static readonly Entry[] Entries =
    [
        new("$addToSet", Simple(e => new AddToSetAccumulator(e)), "array of distinct values"),
        new("$avg", Simple(e => new AvgAccumulator(e)), "average of numeric values"),
        new("$bottom", SortedDefinition.Parse(bottom: true, single: true), "output of the last document in sortBy order"),
        new("$bottomN", SortedDefinition.Parse(bottom: true, single: false), "outputs of the last n documents in sortBy order"),
        new("$count", CountAccumulator.Parse, "number of documents"),
        new("$first", Simple(e => new FirstAccumulator(e)), "value of the first document"),
        new("$firstN", PositionalNDefinition.Parse(first: true), "values of the first n documents"),
        new("$last", Simple(e => new LastAccumulator(e)), "value of the last document"),
        new("$lastN", PositionalNDefinition.Parse(first: false), "values of the last n documents"),
        new("$max", Simple(e => new MaxAccumulator(e, 1)), "largest value in BSON order"),
        new("$maxN", ExtremesNDefinition.Parse(1), "n largest values"),
        new("$median", PercentileDefinition.ParseMedian, "discrete median of numeric values"),
        new("$mergeObjects", Simple(e => new MergeObjectsAccumulator(e)), "documents merged into one"),
        new("$min", Simple(e => new MaxAccumulator(e, -1)), "smallest value in BSON order"),
        new("$minN", ExtremesNDefinition.Parse(-1), "n smallest values"),
        new("$percentile", PercentileDefinition.ParsePercentile, "discrete percentiles of numeric values"),
        new("$push", Simple(e => new PushAccumulator(e)), "array of all values"),
        new("$stdDevPop", Simple(e => new StdDevAccumulator(e, sample: false)), "population standard deviation"),
        new("$stdDevSamp", Simple(e => new StdDevAccumulator(e, sample: true)), "sample standard deviation"),
        new("$sum", Simple(e => new SumAccumulator(e)), "sum of numeric values"),
        new("$top", SortedDefinition.Parse(bottom: false, single: true), "output of the first document in sortBy order"),
        new("$topN", SortedDefinition.Parse(bottom: false, single: false), "outputs of the first n documents in sortBy order"),
    ];

    private static readonly Dictionary<string, Entry> ByName = Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    public static IEnumerable<Entry> All => Entries;

    public static Entry? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Parses {$op: argument}.</summary>
    public static AccumulatorDefinition Parse(string op, BsonValue argument)
    {
        var entry = Find(op) ?? throw Errors.Location(15952, $"unknown group operator '{op}'");
        return entry.Parse(argument, op);
    }

    private static Func<BsonValue, string, AccumulatorDefinition> Simple(Func<Expression, IAccumulator> create)
        => (argument, op) =>
        {
            if (argument is BsonArray)
            {
                throw Errors.Location(40237, $"The {op} accumulator is a unary operator");
            }

            return new ValueAccumulatorDefinition(Expression.Parse(argument), create);
        };
}
