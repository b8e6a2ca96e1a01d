using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Accumulators;

/// <summary>
/// $percentile ({input, p: [..], method}) and $median ({input, method}): the discrete percentile
/// of the numeric inputs (the value at rank ceil(p * n) of the sorted values), as doubles; null
/// when no input is numeric. Only method "approximate" exists, as on the server.
/// </summary>
public sealed class PercentileDefinition(Expression input, double[]? p) : AccumulatorDefinition
{
    private Expression Input { get; } = input;

    private double[]? P { get; } = p;

    public static AccumulatorDefinition ParsePercentile(BsonValue argument, string op) => Parse(argument, op, median: false);

    public static AccumulatorDefinition ParseMedian(BsonValue argument, string op) => Parse(argument, op, median: true);

    private static PercentileDefinition Parse(BsonValue argument, string op, bool median)
    {
        if (argument is not BsonDocument spec)
        {
            throw Errors.Location(7436100, $"specification must be an object; found {op}: {argument}");
        }

        Expression? input = null;
        double[]? p = null;
        string? method = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "input":
                    input = Expression.Parse(element.Value);
                    break;
                case "p" when !median:
                    if (element.Value is not BsonArray { Count: > 0 } array || !array.All(v => BsonOrder.IsNumber(v) && Numeric.ToDouble(v) is >= 0 and <= 1))
                    {
                        throw Errors.Location(7750301, $"The $percentile 'p' field must be an array of numbers from [0.0, 1.0], but found: {element.Value}");
                    }

                    p = array.Select(Numeric.ToDouble).ToArray();
                    break;
                case "method":
                    method = element.Value is BsonString m ? m.Value : throw CommandArgs.WrongType(op, "method", element.Value, "string");
                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '{op}.{element.Name}' is an unknown field.");
            }
        }

        if (input is null)
        {
            throw Errors.Location(40414, $"BSON field '{op}.input' is missing but a required field");
        }

        if (!median && p is null)
        {
            throw Errors.Location(40414, $"BSON field '{op}.p' is missing but a required field");
        }

        if (method is null)
        {
            throw Errors.Location(40414, $"BSON field '{op}.method' is missing but a required field");
        }

        if (method != "approximate")
        {
            throw Errors.BadValue($"Currently only 'approximate' can be used as percentile 'method'");
        }

        return new PercentileDefinition(input, median ? null : p);
    }

    /// <summary>The expression form ($project: {m: {$median: {input: '$scores', ...}}}): over the input array's elements, or the single value.</summary>
    internal static Expression ParseExpression(BsonValue argument, string op, bool median)
    {
        var definition = Parse(argument, op, median);
        return new FuncExpression(context =>
        {
            var state = new State(definition);
            var value = definition.Input.Evaluate(context);
            foreach (var element in value as BsonArray ?? [value ?? BsonNull.Value])
            {
                state.Add(element);
            }

            return state.Finish();
        });
    }

    public override IAccumulator Create() => new State(this);

    private sealed class State(PercentileDefinition definition) : IAccumulator
    {
        private readonly List<double> values = [];

        public void Process(EvaluationContext context) => Add(definition.Input.Evaluate(context));

        public void Add(BsonValue? value)
        {
            if (BsonOrder.IsNumber(value))
            {
                values.Add(Numeric.ToDouble(value!));
            }
        }

        public BsonValue Finish()
        {
            if (values.Count == 0)
            {
                return BsonNull.Value;
            }

            values.Sort();
            if (definition.P is null)
            {
                return new BsonDouble(At(0.5));
            }

            return new BsonArray(definition.P.Select(p => new BsonDouble(At(p))));
        }

        private double At(double p)
        {
            var rank = (int)Math.Ceiling(p * values.Count) - 1;
            return values[Math.Clamp(rank, 0, values.Count - 1)];
        }
    }
}
