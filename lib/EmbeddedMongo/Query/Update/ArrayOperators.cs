using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>$addToSet: appends the value (or each of {$each: [...]}) unless an equal element is already there.</summary>
public sealed class AddToSetOperator : UpdateOperator
{
    public override string Name => "$addToSet";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is not BsonDocument document || document.ElementCount == 0 || document.GetElement(0).Name != "$each")
        {
            return new BsonArray { operand };
        }

        if (document.ElementCount > 1)
        {
            throw Errors.BadValue($"Found unexpected fields after $each in $addToSet: {ValueText.Value(document)}");
        }

        return document[0] as BsonArray
            ?? throw Errors.TypeMismatch($"The argument to $each in $addToSet must be an array but it was of type {CommandArgs.TypeName(document[0])}");
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        var values = (BsonArray)operand;
        BsonArray array;
        if (target.Exists)
        {
            array = target.Value as BsonArray
                ?? throw Errors.BadValue($"Cannot apply $addToSet to non-array field. Field named '{target.FieldName}' has non-array type {CommandArgs.TypeName(target.Value)}");
        }
        else
        {
            array = [];
        }

        var present = new HashSet<BsonValue>(array, BsonOrder.Instance);
        var result = new BsonArray(array);
        foreach (var value in values)
        {
            if (present.Add(value))
            {
                result.Add(value.DeepClone());
            }
        }

        if (!target.Exists || result.Count != array.Count)
        {
            target.Set(result);
        }
    }
}

/// <summary>$pop: removes the first (-1) or last (1) element of an array.</summary>
public sealed class PopOperator : UpdateOperator
{
    public override string Name => "$pop";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (!BsonOrder.IsNumber(operand))
        {
            throw Errors.FailedToParse($"Expected a number in: {ValueText.Element(path.Text, operand)}");
        }

        var d = Numeric.ToDouble(operand);
        return d switch
        {
            1 => true,
            -1 => false,
            _ => throw Errors.FailedToParse($"$pop expects 1 or -1, found: {ValueText.Value(operand)}"),
        };
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        if (!target.Exists)
        {
            target.CheckViable();
            return;
        }

        if (target.Value is not BsonArray array)
        {
            throw Errors.TypeMismatch($"Path '{target.Path}' contains an element of non-array type '{CommandArgs.TypeName(target.Value)}'");
        }

        if (array.Count == 0)
        {
            return;
        }

        var result = new BsonArray(array);
        result.RemoveAt((bool)operand ? result.Count - 1 : 0);
        target.Set(result);
    }
}
