using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Turns expression specifications into <see cref="Expression"/> trees. (Placeholder: literals only.)</summary>
public static class ExpressionParser
{
    public static Expression Parse(BsonValue spec)
    {
        if (spec is BsonString s && s.Value.StartsWith('$'))
        {
            throw Errors.InvalidPipelineOperator("expressions are not implemented yet");
        }

        if (spec is BsonDocument d && d.ElementCount > 0 && d.GetElement(0).Name.StartsWith('$'))
        {
            throw Errors.InvalidPipelineOperator($"Unrecognized expression '{d.GetElement(0).Name}'");
        }

        return new LiteralExpression(spec);
    }
}

/// <summary>A constant value.</summary>
public sealed class LiteralExpression : Expression
{
    private readonly BsonValue value;

    public LiteralExpression(BsonValue value) => this.value = value;

    public override BsonValue? Evaluate(EvaluationContext context) => value;
}
