namespace EmbeddedMongo.Hosting;

/// <summary>Counters reported by serverStatus; updated with Interlocked so they stay truthful under load.</summary>
public sealed class ServerStatistics
{
    private long currentConnections;
    private long totalConnections;
    private long insert;
    private long query;
    private long update;
    private long delete;
    private long getMore;
    private long command;

    public long CurrentConnections => Interlocked.Read(ref currentConnections);

    public long TotalConnections => Interlocked.Read(ref totalConnections);

    public long Insert => Interlocked.Read(ref insert);

    public long Query => Interlocked.Read(ref query);

    public long Update => Interlocked.Read(ref update);

    public long Delete => Interlocked.Read(ref delete);

    public long GetMore => Interlocked.Read(ref getMore);

    public long Command => Interlocked.Read(ref command);

    public void ConnectionOpened()
    {
        Interlocked.Increment(ref currentConnections);
        Interlocked.Increment(ref totalConnections);
    }

    public void ConnectionClosed() => Interlocked.Decrement(ref currentConnections);

    public void CountInserts(long n) => Interlocked.Add(ref insert, n);

    public void CountQuery() => Interlocked.Increment(ref query);

    public void CountUpdates(long n) => Interlocked.Add(ref update, n);

    public void CountDeletes(long n) => Interlocked.Add(ref delete, n);

    public void CountGetMore() => Interlocked.Increment(ref getMore);

    public void CountCommand() => Interlocked.Increment(ref command);
}
