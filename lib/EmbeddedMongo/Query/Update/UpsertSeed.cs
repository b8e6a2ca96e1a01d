using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// The document an upsert starts from: the query's equality conditions ({a: 1}, {a: {$eq: 1}},
/// the same under $and), dotted paths building embedded documents. Other conditions ($gt, $or,
/// regular expressions) contribute nothing ("Upsert Behavior" in the update manual).
/// </summary>
public static class UpsertSeed
{
    public static BsonDocument FromQuery(BsonDocument query)
    {
        var seed = new BsonDocument();
        var paths = new List<string>();
        Collect(query, seed, paths);
        return seed;
    }

    private static void Collect(BsonDocument query, BsonDocument seed, List<string> paths)
    {
        foreach (var element in query)
        {
            if (element.Name == "$and" && element.Value is BsonArray clauses)
            {
                foreach (var clause in clauses.OfType<BsonDocument>())
                {
                    Collect(clause, seed, paths);
                }

                continue;
            }

            if (element.Name.StartsWith('$') || !TryEquality(element.Value, out var value))
            {
                continue;
            }

            foreach (var existing in paths)
            {
                if (existing == element.Name)
                {
                    throw Errors.NotSingleValueField($"cannot infer query fields to set, path '{element.Name}' is matched twice");
                }

                if (existing.StartsWith(element.Name + ".", StringComparison.Ordinal) || element.Name.StartsWith(existing + ".", StringComparison.Ordinal))
                {
                    throw Errors.NotSingleValueField($"cannot infer query fields to set, both paths '{element.Name}' and '{existing}' are matched");
                }
            }

            paths.Add(element.Name);
            new UpdateTarget(seed, UpdatePath.Parse(element.Name).Parts).Set(value.DeepClone());
        }
    }

    private static bool TryEquality(BsonValue condition, out BsonValue value)
    {
        value = condition;
        switch (condition)
        {
            case BsonRegularExpression:
                return false;
            case BsonDocument document when document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$'):
                if (document.TryGetValue("$eq", out var eq))
                {
                    value = eq;
                    return eq is not BsonRegularExpression;
                }

                return false;
            default:
                return true;
        }
    }
}
