using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>A test on one value a path reaches; null stands for "missing".</summary>
public abstract class ValuePredicate
{
    /// <summary>Whether an array at the end of the path offers its elements too (false for $size and $elemMatch).</summary>
    public virtual bool ExpandsLeafArrays => true;

    public abstract bool Test(BsonValue? value);

    /// <summary>Like <see cref="Test(BsonValue?)"/>, also telling which array element decided (for "field.$"), or -1.</summary>
    public virtual bool Test(BsonValue? value, out int position)
    {
        position = -1;
        return Test(value);
    }
}

/// <summary>Negation of a single value's test (inside a value-form $elemMatch).</summary>
public sealed class NotPredicate(ValuePredicate inner) : ValuePredicate
{
    public override bool Test(BsonValue? value) => !inner.Test(value);
}

/// <summary>Every predicate holds for the value (inside a value-form $elemMatch).</summary>
public sealed class AllPredicate(ValuePredicate[] inner) : ValuePredicate
{
    public override bool Test(BsonValue? value)
    {
        foreach (var predicate in inner)
        {
            if (!predicate.Test(value))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The value exists ($exists: true; false is its path-level negation).</summary>
public sealed class ExistsPredicate : ValuePredicate
{
    public static readonly ExistsPredicate Instance = new();

    public override bool Test(BsonValue? value) => value is not null;
}

/// <summary>Never true ($all: [], $in: []).</summary>
public sealed class NeverPredicate : ValuePredicate
{
    public static readonly NeverPredicate Instance = new();

    public override bool Test(BsonValue? value) => false;
}
