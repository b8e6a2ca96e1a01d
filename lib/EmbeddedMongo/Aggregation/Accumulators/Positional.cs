using EmbeddedMongo.Aggregation.Expressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$first: the value of the first document (null when missing there).</summary>
public sealed class FirstAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private BsonValue? first;
    private bool seen;

    public override void Add(BsonValue? value)
    {
        if (!seen)
        {
            seen = true;
            first = value;
        }
    }

    public override BsonValue Finish() => first ?? BsonNull.Value;
}

/// <summary>$last: the value of the last document (null when missing there).</summary>
public sealed class LastAccumulator(Expression argument) : ValueAccumulator(argument)
{
    private BsonValue? last;

    public override void Add(BsonValue? value) => last = value;

    public override BsonValue Finish() => last ?? BsonNull.Value;
}
