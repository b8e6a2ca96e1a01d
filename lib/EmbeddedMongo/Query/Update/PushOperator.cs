using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// $push: appends a value, or with {$each, $position, $sort, $slice} inserts several values, then
/// sorts and trims the array. Whatever order the modifiers are written in, the server applies
/// $position, then $sort, then $slice ($push manual page, "Modifiers").
/// </summary>
public sealed class PushOperator : UpdateOperator
{
    private sealed record PushSpec(BsonArray Each, long? Position, long? Slice, BsonValue? Sort);

    public override string Name => "$push";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is not BsonDocument modifiers || !modifiers.Contains("$each"))
        {
            return new PushSpec([operand], null, null, null);
        }

        BsonArray? each = null;
        long? position = null;
        long? slice = null;
        BsonValue? sort = null;
        foreach (var clause in modifiers)
        {
            switch (clause.Name)
            {
                case "$each":
                    each = clause.Value as BsonArray
                        ?? throw Errors.BadValue($"The argument to $each in $push must be an array but it was of type: {CommandArgs.TypeName(clause.Value)}");
                    break;
                case "$slice":
                    slice = Integral(clause.Value) ?? throw Errors.BadValue($"The value for $slice must be an integer value but was given type: {CommandArgs.TypeName(clause.Value)}");
                    break;
                case "$position":
                    position = Integral(clause.Value) ?? throw Errors.BadValue($"The value for $position must be an integer value, not of type: {CommandArgs.TypeName(clause.Value)}");
                    break;
                case "$sort":
                    sort = CheckSort(clause.Value);
                    break;
                default:
                    throw Errors.BadValue($"Unrecognized clause in $push: {clause.Name}");
            }
        }

        return new PushSpec(each!, position, slice, sort);
    }

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        var spec = (PushSpec)operand;
        BsonArray array;
        if (target.Exists)
        {
            array = target.Value as BsonArray
                ?? throw Errors.BadValue($"The field '{target.FieldName}' must be an array but is of type {CommandArgs.TypeName(target.Value)} in document {{{context.IdText}}}");
        }
        else
        {
            array = [];
        }

        var result = new List<BsonValue>(array);
        var insertAt = result.Count;
        if (spec.Position is { } position)
        {
            insertAt = position < 0 ? (int)Math.Max(0, result.Count + position) : (int)Math.Min(result.Count, position);
        }

        result.InsertRange(insertAt, spec.Each.Select(v => v.DeepClone()));
        if (spec.Sort is not null)
        {
            result = [.. result.OrderBy(v => v, ElementOrder(spec.Sort))];
        }

        if (spec.Slice is { } slice)
        {
            result = slice >= 0 ? result.Take((int)Math.Min(slice, int.MaxValue)).ToList() : result.Skip((int)Math.Max(0, result.Count + slice)).ToList();
        }

        target.Set(new BsonArray(result));
    }

    private static long? Integral(BsonValue value)
    {
        if (!BsonOrder.IsNumber(value))
        {
            return null;
        }

        var d = Numeric.ToDouble(value);
        return d == Math.Floor(d) && !double.IsInfinity(d) ? (long)d : null;
    }

    private static BsonValue CheckSort(BsonValue sort)
    {
        const string Invalid = "The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields";
        if (BsonOrder.IsNumber(sort))
        {
            return Numeric.ToDouble(sort) is 1 or -1 ? sort : throw Errors.BadValue(Invalid);
        }

        if (sort is not BsonDocument pattern || pattern.ElementCount == 0)
        {
            throw Errors.BadValue(Invalid);
        }

        foreach (var key in pattern)
        {
            if (key.Name.Length == 0 || !BsonOrder.IsNumber(key.Value) || Numeric.ToDouble(key.Value) is not (1 or -1))
            {
                throw Errors.BadValue("The $sort element value must be either 1 or -1");
            }
        }

        return sort;
    }

    /// <summary>Orders array elements by the $sort clause: whole elements (1/-1) or fields of embedded documents.</summary>
    private static Comparer<BsonValue> ElementOrder(BsonValue sort)
    {
        if (sort is not BsonDocument pattern)
        {
            var direction = Numeric.ToDouble(sort) < 0 ? -1 : 1;
            return Comparer<BsonValue>.Create((a, b) => direction * BsonOrder.CompareValues(a, b));
        }

        var keys = pattern.Select(k => (Path: k.Name, Direction: Numeric.ToDouble(k.Value) < 0 ? -1 : 1)).ToArray();
        return Comparer<BsonValue>.Create((a, b) =>
        {
            foreach (var (path, direction) in keys)
            {
                var x = a is BsonDocument da ? Storage.FieldPath.GetValue(da, path) : null;
                var y = b is BsonDocument db ? Storage.FieldPath.GetValue(db, path) : null;
                var c = BsonOrder.CompareValues(x ?? BsonNull.Value, y ?? BsonNull.Value);
                if (c != 0)
                {
                    return direction * c;
                }
            }

            return 0;
        });
    }
}
