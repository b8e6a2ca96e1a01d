namespace EmbeddedMongo.Aggregation;

/// <summary>
/// Where a stage sits while it is parsed: some stages are only valid first, last, at the top level
/// or outside a given container ("$lookup", "$facet", "$unionWith" sub-pipelines).
/// </summary>
public sealed record StageParseContext(int Position, int Count, string? Container, bool DatabaseLevel)
{
    public bool Nested => Container is not null;

    public bool IsFirst => Position == 0;

    public bool IsLast => Position == Count - 1;
}
