using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// $rename: {from: "to"} moves a field. The server registers the operation at the destination
/// path (which decides its place in the document) and also claims the source path for conflict
/// checks; neither path may be positional nor go through an array.
/// </summary>
public sealed class RenameOperator : UpdateOperator
{
    public sealed record RenameSpec(UpdatePath From, UpdatePath To);

    public override string Name => "$rename";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is not BsonString to)
        {
            throw Errors.BadValue($"The 'to' field for $rename must be a string: {ValueText.Element(path.Text, operand)}");
        }

        if (to.Value == path.Text)
        {
            throw Errors.BadValue($"The source and target field for $rename must differ: {ValueText.Element(path.Text, operand)}");
        }

        if (to.Value.StartsWith(path.Text + ".", StringComparison.Ordinal) || path.Text.StartsWith(to.Value + ".", StringComparison.Ordinal))
        {
            throw Errors.BadValue($"The source and target field for $rename must not be on the same path: {ValueText.Element(path.Text, operand)}");
        }

        var destination = UpdatePath.Parse(to.Value);
        if (path.IsDynamic)
        {
            throw Errors.BadValue($"The source field for $rename may not be dynamic: {path.Text}");
        }

        if (destination.IsDynamic)
        {
            throw Errors.BadValue($"The destination field for $rename may not be dynamic: {destination.Text}");
        }

        return new RenameSpec(path, destination);
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        var spec = (RenameSpec)operand;
        var source = new UpdateTarget(target.Root, spec.From.Parts);
        if (!source.Exists)
        {
            source.CheckViable();
            return;
        }

        if (source.ArrayOnTheWay() is { } sourceArray)
        {
            throw Errors.BadValue($"The source field cannot be an array element, '{spec.From.Text}' in doc with {context.IdText} has an array field called '{sourceArray}'");
        }

        if (target.ArrayOnTheWay() is { } destinationArray)
        {
            throw Errors.BadValue($"The destination field cannot be an array element, '{spec.To.Text}' in doc with {context.IdText} has an array field called '{destinationArray}'");
        }

        var value = source.Value!;
        source.Remove();
        new UpdateTarget(target.Root, spec.To.Parts).Set(value);
    }
}
