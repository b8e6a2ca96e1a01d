using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>$inc and $mul: numeric field arithmetic with the server's type promotion.</summary>
public abstract class ArithmeticOperator : UpdateOperator
{
    protected abstract string Verb { get; }

    protected abstract BsonValue? Combine(BsonValue current, BsonValue operand);

    /// <summary>The value a missing field receives.</summary>
    protected abstract BsonValue Initial(BsonValue operand);

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (!BsonOrder.IsNumber(operand))
        {
            throw Errors.TypeMismatch($"Cannot {Verb} with non-numeric argument: {{{ValueText.Element(path.Text, operand)}}}");
        }

        return operand;
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        var value = (BsonValue)operand;
        if (!target.Exists)
        {
            target.Set(Initial(value));
            return;
        }

        var current = target.Value!;
        if (!BsonOrder.IsNumber(current))
        {
            throw Errors.TypeMismatch($"Cannot apply {Name} to a value of non-numeric type. {{{context.IdText}}} has the field '{target.FieldName}' of non-numeric type {CommandArgs.TypeName(current)}");
        }

        var result = Combine(current, value)
            ?? throw Errors.BadValue($"Failed to apply {Name} operations to current value ({DebugText(current)}) for document {{{context.IdText}}}");
        target.Set(result);
    }

    private static string DebugText(BsonValue value) => value.BsonType switch
    {
        BsonType.Int64 => $"(NumberLong){value.AsInt64}",
        BsonType.Int32 => $"(NumberInt){value.AsInt32}",
        _ => ValueText.Value(value),
    };
}

/// <summary>$inc: adds the operand; a missing field is set to the operand.</summary>
public sealed class IncOperator : ArithmeticOperator
{
    public override string Name => "$inc";

    protected override string Verb => "increment";

    protected override BsonValue? Combine(BsonValue current, BsonValue operand) => NumberMath.Add(current, operand);

    protected override BsonValue Initial(BsonValue operand) => operand;
}

/// <summary>$mul: multiplies by the operand; a missing field is set to zero of the operand's type.</summary>
public sealed class MulOperator : ArithmeticOperator
{
    public override string Name => "$mul";

    protected override string Verb => "multiply";

    protected override BsonValue? Combine(BsonValue current, BsonValue operand) => NumberMath.Multiply(current, operand);

    protected override BsonValue Initial(BsonValue operand) => NumberMath.Multiply(operand, new BsonInt32(0))!;
}
