using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Chooses how to read a collection for a filter. Call under the storage lock; the plan's
/// candidates are captured so that filtering can continue outside it.
/// </summary>
public static class QueryPlanner
{
    public static QueryPlan Plan(CollectionStore? collection, BsonDocument filter, BsonDocument? sort, BsonValue? hint)
    {
        if (collection is null)
        {
            return new QueryPlan { Stage = "EOF", Candidates = [] };
        }

        if (filter.TryGetValue("_id", out var id) && IsPlainValue(id))
        {
            var found = new List<(long, BsonDocument)>();
            var keys = 0L;
            foreach (var rid in collection.IdIndex.Seek([id]))
            {
                keys++;
                if (collection.Get(rid) is { } document)
                {
                    found.Add((rid, document));
                }
            }

            return new QueryPlan { Stage = "IDHACK", Index = collection.IdIndex, Candidates = found, KeysExamined = keys };
        }

        return new QueryPlan { Stage = "COLLSCAN", Candidates = collection.Scan() };
    }

    private static bool IsPlainValue(BsonValue value) => value switch
    {
        BsonDocument d => d.ElementCount == 0 || !d.GetElement(0).Name.StartsWith('$'),
        BsonArray or BsonRegularExpression or BsonNull or BsonUndefined => false,
        _ => !BsonOrder.IsNumber(value) || !double.IsNaN(Numeric.ToDouble(value)),
    };
}
