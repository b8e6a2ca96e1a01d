using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>$bit: {field: {and|or|xor: int}} on int32/int64 fields; a missing field starts at 0.</summary>
public sealed class BitOperator : UpdateOperator
{
    public override string Name => "$bit";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is not BsonDocument operations)
        {
            throw Errors.BadValue($"The $bit modifier is not compatible with a {CommandArgs.TypeName(operand)}. You must pass in an embedded document: {{$bit: {{field: {{and/or/xor: #}}}}");
        }

        if (operations.ElementCount == 0)
        {
            throw Errors.BadValue("You must pass in at least one bitwise operation. The format is: {$bit: {field: {and/or/xor: #}}");
        }

        var list = new List<(string, BsonValue)>();
        foreach (var operation in operations)
        {
            if (operation.Name is not ("and" or "or" or "xor"))
            {
                throw Errors.BadValue($"The $bit modifier only supports 'and', 'or', and 'xor', not '{operation.Name}' which is an unknown operator: {{{ValueText.Element(operation.Name, operation.Value)}}}");
            }

            if (operation.Value.BsonType is not (BsonType.Int32 or BsonType.Int64))
            {
                throw Errors.BadValue($"The $bit modifier field must be an Integer(32/64 bit); a '{CommandArgs.TypeName(operation.Value)}' is not supported here: {{{ValueText.Element(operation.Name, operation.Value)}}}");
            }

            list.Add((operation.Name, operation.Value));
        }

        return list;
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        BsonValue current = new BsonInt32(0);
        if (target.Exists)
        {
            current = target.Value!;
            if (current.BsonType is not (BsonType.Int32 or BsonType.Int64))
            {
                throw Errors.BadValue($"Cannot apply $bit to a value of non-integral type.{{{context.IdText}}} has the field {target.FieldName} of non-integer type {CommandArgs.TypeName(current)}");
            }
        }

        foreach (var (operation, value) in (List<(string, BsonValue)>)operand)
        {
            current = NumberMath.Bitwise(current, value, operation);
        }

        target.Set(current);
    }
}
