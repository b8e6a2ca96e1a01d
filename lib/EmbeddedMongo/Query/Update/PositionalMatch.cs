using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// Finds the array element the positional "$" operator stands for: the first element of the array
/// at the path before "$" that satisfies the query's conditions on that array (conditions on
/// "array" or "array.field", directly or under $and, and $elemMatch). Each element is tested by the
/// ordinary filter, as the value of a stand-in field, so every query operator works here.
/// </summary>
public static class PositionalMatch
{
    private const string Stand = "e";

    public static int? FirstIndex(BsonDocument? query, string arrayPath, BsonDocument document)
    {
        if (query is null || Storage.FieldPath.GetValue(document, arrayPath) is not BsonArray array)
        {
            return null;
        }

        var conditions = new List<Func<BsonValue, bool>>();
        Collect(query, arrayPath, conditions);
        if (conditions.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var element = array[i];
            if (conditions.TrueForAll(c => c(element)))
            {
                return i;
            }
        }

        return null;
    }

    private static void Collect(BsonDocument query, string arrayPath, List<Func<BsonValue, bool>> conditions)
    {
        foreach (var element in query)
        {
            if (element.Name == "$and" && element.Value is BsonArray clauses)
            {
                foreach (var clause in clauses.OfType<BsonDocument>())
                {
                    Collect(clause, arrayPath, conditions);
                }

                continue;
            }

            if (element.Name == arrayPath)
            {
                conditions.Add(WholeElement(element.Value));
            }
            else if (element.Name.StartsWith(arrayPath + ".", StringComparison.Ordinal))
            {
                var filter = Filter.Parse(new BsonDocument(Stand + element.Name[arrayPath.Length..], element.Value));
                conditions.Add(v => filter.Matches(new BsonDocument(Stand, v)));
            }
        }
    }

    private static Func<BsonValue, bool> WholeElement(BsonValue condition)
    {
        if (condition is BsonDocument { ElementCount: 1 } d && d.GetElement(0).Name == "$elemMatch" && d[0] is BsonDocument inner)
        {
            if (inner.ElementCount > 0 && inner.GetElement(0).Name.StartsWith('$') && inner.GetElement(0).Name is not ("$and" or "$or" or "$nor" or "$expr"))
            {
                var wrapped = Filter.Parse(new BsonDocument(Stand, inner));
                return v => wrapped.Matches(new BsonDocument(Stand, v));
            }

            var query = Filter.Parse(inner);
            return v => v is BsonDocument element && query.Matches(element);
        }

        var filter = Filter.Parse(new BsonDocument(Stand, condition));
        return v => filter.Matches(new BsonDocument(Stand, v));
    }
}
