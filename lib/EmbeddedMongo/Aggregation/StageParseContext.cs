namespace EmbeddedMongo.Aggregation;

/// <summary>Where a stage sits while it is parsed: some stages are only valid first, last or at the top level.</summary>
public sealed record StageParseContext(int Position, int Count, bool Nested, bool DatabaseLevel)
{
    public bool IsFirst => Position == 0;

    public bool IsLast => Position == Count - 1;
}
