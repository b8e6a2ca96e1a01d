using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>$set: sets the field, creating it (and missing parents) when absent.</summary>
public sealed class SetOperator : UpdateOperator
{
    public override string Name => "$set";

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
        => target.Set(((BsonValue)operand).DeepClone());
}

/// <summary>$setOnInsert: like $set, but only when the update inserts a document (upsert).</summary>
public sealed class SetOnInsertOperator : UpdateOperator
{
    public override string Name => "$setOnInsert";

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        if (context.IsInsert)
        {
            target.Set(((BsonValue)operand).DeepClone());
        }
    }
}

/// <summary>$unset: removes the field (an array element becomes null); a missing field is a no-op.</summary>
public sealed class UnsetOperator : UpdateOperator
{
    public override string Name => "$unset";

    public override void Apply(UpdateTarget target, object operand, UpdateContext context) => target.Remove();
}

/// <summary>$currentDate: sets the field to the current date, or timestamp with {$type: "timestamp"}.</summary>
public sealed class CurrentDateOperator : UpdateOperator
{
    public override string Name => "$currentDate";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is BsonBoolean)
        {
            return false;
        }

        if (operand is not BsonDocument options)
        {
            throw Errors.BadValue($"{ValueText.Element(path.Text, operand)} is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({{$type: 'timestamp/date'}}).");
        }

        var timestamp = false;
        foreach (var option in options)
        {
            if (option.Name != "$type")
            {
                throw Errors.BadValue($"Unrecognized $currentDate option: {option.Name}");
            }

            timestamp = option.Value switch
            {
                BsonString { Value: "date" } => false,
                BsonString { Value: "timestamp" } => true,
                _ => throw Errors.BadValue("The '$type' string field is required to be 'date' or 'timestamp': {$currentDate: {field : {$type: 'date'}}}"),
            };
        }

        return timestamp;
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
        => target.Set((bool)operand ? context.Timestamp() : new BsonDateTime(context.Now));
}
