using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>Parsing of $all and $elemMatch ("Array Query Operators" in the manual).</summary>
public static class ArrayQueryOperators
{
    /// <summary>
    /// $all: every listed value is matched (an equality, a regex, or all $elemMatch clauses);
    /// an empty list matches nothing.
    /// </summary>
    public static FieldCondition ParseAll(BsonValue argument, DateTime now)
    {
        if (argument is not BsonArray array)
        {
            throw Errors.BadValue("$all needs an array");
        }

        if (array.Count == 0)
        {
            return new LeafCondition(NeverPredicate.Instance);
        }

        var elemMatches = array[0] is BsonDocument first && first.ElementCount > 0 && first.GetElement(0).Name == "$elemMatch";
        var parts = new List<FieldCondition>(array.Count);
        foreach (var item in array)
        {
            if (elemMatches)
            {
                if (item is not BsonDocument { ElementCount: > 0 } clause || clause.GetElement(0).Name != "$elemMatch")
                {
                    throw Errors.BadValue("$all/$elemMatch has to be consistent");
                }

                parts.Add(OperatorParser.Parse(clause, now));
                continue;
            }

            parts.Add(item switch
            {
                BsonRegularExpression regex => new LeafCondition(new RegexPredicate(regex.Pattern, regex.Options)),
                BsonDocument document when OperatorParser.IsOperatorDocument(document) => throw Errors.BadValue("no $ expressions in $all"),
                _ => new LeafCondition(new ComparisonPredicate(ComparisonKind.Eq, item)),
            });
        }

        return new AllCondition(parts);
    }

    /// <summary>
    /// $elemMatch: with operators ({$gte: 80}) each element is tested as a value; with a query
    /// ({product: "xyz"} or {$or: [...]}) each embedded document is matched as a document.
    /// </summary>
    public static FieldCondition ParseElemMatch(BsonValue argument, DateTime now)
    {
        if (argument is not BsonDocument query)
        {
            throw Errors.BadValue("$elemMatch needs an Object");
        }

        if (OperatorParser.IsOperatorDocument(query) && !FilterParser.IsTopLevelOperator(query.GetElement(0).Name))
        {
            return new LeafCondition(new ElemMatchValuePredicate(OperatorParser.Parse(query, now).ToPredicate()));
        }

        if (query.Contains("$where"))
        {
            throw Errors.BadValue("$where can only be applied to the top-level document");
        }

        return new LeafCondition(new ElemMatchObjectPredicate(FilterParser.Parse(query, now)));
    }
}
