using EmbeddedMongo.Aggregation.Expressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// The "let" option of find, update, delete and findAndModify: constants (or expressions over no
/// document) evaluated once per command and read as $$name in the filter's $expr ("Use Variables
/// in let" in the find and update manual pages).
/// </summary>
public static class LetVariables
{
    public static IReadOnlyDictionary<string, BsonValue>? Evaluate(BsonDocument? let, DateTime now)
    {
        if (let is null || let.ElementCount == 0)
        {
            return null;
        }

        var context = new EvaluationContext(new BsonDocument(), now);
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var element in let)
        {
            variables[element.Name] = Expression.Parse(element.Value).Evaluate(context) ?? BsonNull.Value;
        }

        return variables;
    }
}
