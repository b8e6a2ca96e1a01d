using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// $pull and $pullAll: remove the array elements that match a condition or equal listed values.
/// A missing field is a no-op; a non-array field is an error.
/// </summary>
public abstract class ArrayCullingOperator : UpdateOperator
{
    protected abstract Func<BsonValue, bool> Matcher(object operand);

    public override void Apply(UpdateTarget target, object operand, UpdateContext context)
    {
        if (!target.Exists)
        {
            target.CheckViable();
            return;
        }

        if (target.Value is not BsonArray array)
        {
            throw Errors.BadValue("Cannot apply $pull to a non-array value");
        }

        var matches = Matcher(operand);
        var kept = new BsonArray(array.Where(v => !matches(v)));
        if (kept.Count != array.Count)
        {
            target.Set(kept);
        }
    }
}

/// <summary>
/// $pull: a plain value removes equal elements; a query document ({score: 8}) removes embedded
/// documents it matches; an operator condition ({$gte: 6}, a regex) is tested against each element.
/// </summary>
public sealed class PullOperator : ArrayCullingOperator
{
    private static readonly HashSet<string> TopLevelOperators = new(StringComparer.Ordinal) { "$and", "$or", "$nor", "$expr", "$where", "$text", "$comment", "$jsonSchema" };

    public override string Name => "$pull";

    public override object Prepare(UpdatePath path, BsonValue operand)
    {
        if (operand is BsonDocument condition && (condition.ElementCount == 0 || !IsElementCondition(condition)))
        {
            var query = Filter.Parse(condition);
            return (Func<BsonValue, bool>)(v => v is BsonDocument d && query.Matches(d));
        }

        if (operand is BsonDocument or BsonRegularExpression)
        {
            var wrapped = Filter.Parse(new BsonDocument(string.Empty, operand));
            return (Func<BsonValue, bool>)(v => wrapped.Matches(new BsonDocument(string.Empty, v)));
        }

        return (Func<BsonValue, bool>)(v => BsonOrder.CompareValues(v, operand) == 0);
    }

    protected override Func<BsonValue, bool> Matcher(object operand) => (Func<BsonValue, bool>)operand;

    private static bool IsElementCondition(BsonDocument condition)
    {
        var first = condition.GetElement(0).Name;
        return first.StartsWith('$') && !TopLevelOperators.Contains(first);
    }
}

/// <summary>$pullAll: removes every element equal to one of the listed values.</summary>
public sealed class PullAllOperator : ArrayCullingOperator
{
    public override string Name => "$pullAll";

    public override object Prepare(UpdatePath path, BsonValue operand)
        => operand as BsonArray ?? throw Errors.BadValue($"$pullAll requires an array argument but was given a {CommandArgs.TypeName(operand)}");

    protected override Func<BsonValue, bool> Matcher(object operand)
    {
        var values = new HashSet<BsonValue>((BsonArray)operand, BsonOrder.Instance);
        return values.Contains;
    }
}
