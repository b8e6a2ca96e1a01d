using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>A constant value.</summary>
public sealed class LiteralExpression(BsonValue value) : Expression
{
    public BsonValue Value { get; } = value;

    public override BsonValue? Evaluate(EvaluationContext context) => Value;
}

/// <summary>"$a.b" (from $$CURRENT) or "$$ROOT.a.b". Through arrays it yields the array of the values found.</summary>
internal sealed class FieldPathExpression(string[] path, bool fromRoot) : Expression
{
    public override BsonValue? Evaluate(EvaluationContext context) => Walk(fromRoot ? context.Root : context.Current, path, 0);

    /// <summary>Follows the path from component <paramref name="index"/>; arrays map over their documents (and nested arrays).</summary>
    public static BsonValue? Walk(BsonValue? value, string[] path, int index)
    {
        for (var i = index; i < path.Length; i++)
        {
            switch (value)
            {
                case BsonDocument d:
                    if (!d.TryGetValue(path[i], out value))
                    {
                        return null;
                    }

                    break;
                case BsonArray a:
                    return WalkArray(a, path, i);
                default:
                    return null;
            }
        }

        return value;
    }

    private static BsonArray WalkArray(BsonArray array, string[] path, int index)
    {
        var result = new BsonArray();
        foreach (var item in array)
        {
            if (item is BsonDocument or BsonArray)
            {
                var found = Walk(item, path, index);
                if (found is not null)
                {
                    result.Add(found);
                }
            }
        }

        return result;
    }

    /// <summary>A fixed value ($$REMOVE) with an optional path after it.</summary>
    internal sealed class Constant(BsonValue? value, string[] path) : Expression
    {
        public override BsonValue? Evaluate(EvaluationContext context) => Walk(value, path, 0);
    }
}

/// <summary>$$NOW and $$CLUSTER_TIME.</summary>
internal sealed class SystemVariableExpression(Func<EvaluationContext, BsonValue> read, string[] path) : Expression
{
    public override BsonValue? Evaluate(EvaluationContext context) => FieldPathExpression.Walk(read(context), path, 0);
}

/// <summary>"$$name.path": a variable bound by $let, $map, $filter, $reduce or the command's let.</summary>
internal sealed class VariableExpression(string name, string[] path) : Expression
{
    public string Name { get; } = name;

    public override BsonValue? Evaluate(EvaluationContext context)
    {
        if (!context.Variables.TryGetValue(Name, out var value))
        {
            throw Errors.Location(17276, $"Use of undefined variable: {Name}");
        }

        return FieldPathExpression.Walk(value, path, 0);
    }
}

/// <summary>{a: expr, b: expr}: a new document; fields whose value is missing are left out.</summary>
internal sealed class ObjectExpression((string Name, Expression Value)[] fields) : Expression
{
    public override BsonValue? Evaluate(EvaluationContext context)
    {
        var result = new BsonDocument(allowDuplicateNames: false);
        Fill(context, result);
        return result;
    }

    /// <summary>Evaluates into <paramref name="target"/>, emptied first (a $group reuses one document for its keys).</summary>
    public void Fill(EvaluationContext context, BsonDocument target)
    {
        // Same fields as last time, none missing: the values are replaced in place.
        if (target.ElementCount == fields.Length)
        {
            var i = 0;
            for (; i < fields.Length; i++)
            {
                if (!ReferenceEquals(target.GetElement(i).Name, fields[i].Name) || fields[i].Value.Evaluate(context) is not { } value)
                {
                    break;
                }

                target[i] = value;
            }

            if (i == fields.Length)
            {
                return;
            }
        }

        target.Clear();
        foreach (var (name, expression) in fields)
        {
            var value = expression.Evaluate(context);
            if (value is not null)
            {
                target[name] = value;
            }
        }
    }
}

/// <summary>[expr, ...]: missing elements become null.</summary>
internal sealed class ArrayExpression(Expression[] items) : Expression
{
    public override BsonValue? Evaluate(EvaluationContext context)
    {
        var result = new BsonArray(items.Length);
        foreach (var item in items)
        {
            result.Add(item.Evaluate(context) ?? BsonNull.Value);
        }

        return result;
    }
}
