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
        new("$count", CountAccumulator.Parse, "number of documents"),
        new("$first", Simple(e => new FirstAccumulator(e)), "value of the first document"),
        new("$last", Simple(e => new LastAccumulator(e)), "value of the last document"),
        new("$max", Simple(e => new MaxAccumulator(e, 1)), "largest value in BSON order"),
        new("$min", Simple(e => new MaxAccumulator(e, -1)), "smallest value in BSON order"),
        new("$push", Simple(e => new PushAccumulator(e)), "array of all values"),
        new("$sum", Simple(e => new SumAccumulator(e)), "sum of numeric values"),
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
