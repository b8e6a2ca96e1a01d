namespace EmbeddedMongo.Storage;

/// <summary>How often queries chose an index since it was created ($indexStats accesses); shared by the index's transaction copies.</summary>
public sealed class IndexUsage
{
    private long ops;

    public DateTime Since { get; } = DateTime.UtcNow;

    public long Ops => Interlocked.Read(ref ops);

    public void Count() => Interlocked.Increment(ref ops);
}
