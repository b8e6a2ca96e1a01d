using EmbeddedMongo.Aggregation.Accumulators;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// $multiply (see <see cref="Arithmetic.Multiply"/> for the rules). Under $sum or $avg, a whole number
/// times a decimal128 (quantity x unit price) adds its exact product directly: the same value the
/// general rule gives, without a boxed result per document.
/// </summary>
internal sealed class MultiplyExpression(Expression[] factors) : Expression
{
    private readonly Expression general = Op.PureNode(factors, Arithmetic.Multiply);

    public static Expression Parse(string name, BsonValue argument) => new MultiplyExpression(Args.List(argument));

    public override BsonValue? Evaluate(EvaluationContext context) => general.Evaluate(context);

    internal override void AddTo(EvaluationContext context, ref NumericSum sum)
    {
        if (factors.Length != 2)
        {
            sum.Add(Evaluate(context));
            return;
        }

        var a = factors[0].Evaluate(context);
        var b = factors[1].Evaluate(context);
        if (a is BsonInt32 or BsonInt64 && b is BsonDecimal128 price)
        {
            // What Arithmetic.Multiply computes for these types: the whole number as a decimal128 times the decimal.
            sum.AddDecimal(DecimalMath.Multiply(new Decimal128(a.ToInt64()), price.Value));
            return;
        }

        sum.Add(Arithmetic.Multiply([a, b]));
    }
}
