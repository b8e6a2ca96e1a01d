using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// A parsed aggregation expression. Parse once per pipeline, evaluate per document.
/// <see cref="Evaluate"/> returns null for "missing" (a field path that reaches nothing, or
/// $$REMOVE), which is distinct from BSON null.
/// </summary>
public abstract class Expression
{
    public abstract BsonValue? Evaluate(EvaluationContext context);

    /// <summary>Adds this expression's value to a running $sum or $avg (an operator may do so without boxing its result).</summary>
    internal virtual void AddTo(EvaluationContext context, ref Accumulators.NumericSum sum) => sum.Add(Evaluate(context));

    /// <summary>Parses an expression: a literal, a "$field.path", a "$$variable", an {$operator: args} or an object of expressions.</summary>
    public static Expression Parse(BsonValue spec) => ExpressionParser.Parse(spec);
}
