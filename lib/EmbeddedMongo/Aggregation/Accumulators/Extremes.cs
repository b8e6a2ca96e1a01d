using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>$max (sign 1) and $min (sign -1) in BSON order; null, undefined and missing are ignored.</summary>
public sealed class MaxAccumulator(Expression argument, int sign) : ValueAccumulator(argument)
{
    private BsonValue? best;

    public override void Add(BsonValue? value)
    {
        if (value is null || value.IsBsonNull || value.IsBsonUndefined)
        {
            return;
        }

        if (best is null || sign * BsonOrder.CompareValues(value, best) > 0)
        {
            best = value;
        }
    }

    public override BsonValue Finish() => best ?? BsonNull.Value;
}
