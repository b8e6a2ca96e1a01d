namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// The parsed operators of one field ({$gt: 1, $ne: 5}) before they are bound to a path. Bound to
/// a path, negations apply to the whole path ($ne: 5 over [5, 6] is false); inside a value-form
/// $elemMatch they apply to each element.
/// </summary>
public abstract class FieldCondition
{
    public abstract MatchNode ToNode(string path);

    public abstract ValuePredicate ToPredicate();
}

/// <summary>One predicate.</summary>
public sealed class LeafCondition(ValuePredicate predicate) : FieldCondition
{
    public override MatchNode ToNode(string path) => new PathNode(path, predicate);

    public override ValuePredicate ToPredicate() => predicate;
}

/// <summary>$ne, $nin, $not, $exists: false.</summary>
public sealed class NotCondition(FieldCondition inner) : FieldCondition
{
    public override MatchNode ToNode(string path) => new NotNode(inner.ToNode(path));

    public override ValuePredicate ToPredicate() => new NotPredicate(inner.ToPredicate());
}

/// <summary>Several operators on one field, or $all.</summary>
public sealed class AllCondition(IReadOnlyList<FieldCondition> parts) : FieldCondition
{
    /// <summary>Nothing to test (as $options alone contributes, its $regex carries it).</summary>
    public bool IsEmpty => parts.Count == 0;

    public override MatchNode ToNode(string path) => parts.Count == 1 ? parts[0].ToNode(path) : new AndNode(parts.Select(p => p.ToNode(path)).ToArray());

    public override ValuePredicate ToPredicate() => parts.Count == 1 ? parts[0].ToPredicate() : new AllPredicate(parts.Select(p => p.ToPredicate()).ToArray());
}
