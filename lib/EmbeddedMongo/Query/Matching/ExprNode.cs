using EmbeddedMongo.Aggregation.Expressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>$expr: an aggregation expression evaluated per document, true when its value is truthy (as in $cond).</summary>
public sealed class ExprNode(Expression expression, DateTime now) : MatchNode
{
    public override bool Matches(BsonDocument document, MatchDetails? details)
        => IsTruthy(expression.Evaluate(new EvaluationContext(document, now, details?.Variables)));

    /// <summary>False, null, undefined, missing and numeric zero are false; everything else is true.</summary>
    public static bool IsTruthy(BsonValue? value) => value switch
    {
        null => false,
        BsonBoolean b => b.Value,
        BsonNull or BsonUndefined => false,
        BsonInt32 i => i.Value != 0,
        BsonInt64 l => l.Value != 0,
        BsonDouble d => d.Value != 0,
        BsonDecimal128 m => Decimal128.IsNaN(m.Value) || !Decimal128.IsZero(m.Value),
        _ => true,
    };
}
