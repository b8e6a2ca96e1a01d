using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>$min and $max: replace the field only when the operand sorts below (above) it in BSON order.</summary>
public abstract class CompareOperator : UpdateOperator
{
    /// <summary>-1 for $min (replace when the operand is smaller), 1 for $max.</summary>
    protected abstract int Direction { get; }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        var value = (BsonValue)operand;
        if (!target.Exists || Math.Sign(BsonOrder.CompareValues(value, target.Value)) == Direction)
        {
            target.Set(value.DeepClone());
        }
    }
}

/// <summary>$min: keeps the smaller of the field and the operand.</summary>
public sealed class MinOperator : CompareOperator
{
    public override string Name => "$min";

    protected override int Direction => -1;
}

/// <summary>$max: keeps the larger of the field and the operand.</summary>
public sealed class MaxOperator : CompareOperator
{
    public override string Name => "$max";

    protected override int Direction => 1;
}
