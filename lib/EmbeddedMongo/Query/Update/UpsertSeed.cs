using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// The document an upsert starts from: the query's equality conditions ({a: 1}, {a: {$eq: 1}},
/// the same under $and), dotted paths building embedded documents, added in path order as the
/// server does. Other conditions ($gt, $or, regular expressions) contribute nothing ("Upsert
/// Behavior" in the update manual). A replacement upsert takes only the _id equality.
/// </summary>
public static class UpsertSeed
{
    public static BsonDocument FromQuery(BsonDocument query, bool onlyId = false)
    {
        var equalities = new List<(string Path, BsonValue Value)>();
        Collect(query, equalities);
        if (onlyId)
        {
            foreach (var (path, _) in equalities)
            {
                if (path.StartsWith("_id.", StringComparison.Ordinal))
                {
                    throw Errors.NotExactValueField($"field at '_id' must be exactly specified, field at sub-path '{path}'found");
                }
            }

            equalities.RemoveAll(e => e.Path != "_id");
        }

        var ordered = equalities.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        var seed = new BsonDocument();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (path, value) = ordered[i];
            for (var j = 0; j < i; j++)
            {
                var earlier = ordered[j].Path;
                if (earlier == path)
                {
                    throw Errors.NotSingleValueField($"cannot infer query fields to set, path '{path}' is matched twice");
                }

                if (path.StartsWith(earlier + ".", StringComparison.Ordinal))
                {
                    throw Errors.NotSingleValueField($"cannot infer query fields to set, both paths '{path}' and '{earlier}' are matched");
                }
            }

            new UpdateTarget(seed, UpdatePath.Parse(path).Parts).Set(value.DeepClone());
        }

        return seed;
    }

    private static void Collect(BsonDocument query, List<(string, BsonValue)> equalities)
    {
        foreach (var element in query)
        {
            if (element.Name == "$and" && element.Value is BsonArray clauses)
            {
                foreach (var clause in clauses.OfType<BsonDocument>())
                {
                    Collect(clause, equalities);
                }

                continue;
            }

            if (!element.Name.StartsWith('$') && TryEquality(element.Value, out var value))
            {
                equalities.Add((element.Name, value));
            }
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
