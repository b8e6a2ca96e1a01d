using System.Collections.Concurrent;

namespace EmbeddedMongo.Storage;

/// <summary>Open cursors by id; idle cursors are closed after the timeout (cursorTimeoutMillis, 10 minutes by default).</summary>
public sealed class CursorManager
{
    private readonly ConcurrentDictionary<long, ServerCursor> cursors = new();
    private long nextId = Random.Shared.NextInt64(1L << 40, 1L << 50);

    public int Count => cursors.Count;

    private long totalOpened;

    public long TotalOpened => Interlocked.Read(ref totalOpened);

    public long TimedOut { get; private set; }

    public long Register(ServerCursor cursor)
    {
        cursor.Id = Interlocked.Increment(ref nextId);
        cursors[cursor.Id] = cursor;
        Interlocked.Increment(ref totalOpened);
        return cursor.Id;
    }

    public ServerCursor? Find(long id) => cursors.GetValueOrDefault(id);

    public bool Kill(long id)
    {
        if (cursors.TryRemove(id, out var cursor))
        {
            cursor.Close();
            return true;
        }

        return false;
    }

    public void KillForSession(Guid sessionId)
    {
        foreach (var cursor in cursors.Values.Where(c => c.SessionId == sessionId).ToList())
        {
            Kill(cursor.Id);
        }
    }

    public void KillAll()
    {
        foreach (var id in cursors.Keys.ToList())
        {
            Kill(id);
        }
    }

    /// <summary>Closes cursors idle for longer than <paramref name="timeout"/>.</summary>
    public int Reap(TimeSpan timeout)
    {
        var now = DateTime.UtcNow;
        var reaped = 0;
        foreach (var cursor in cursors.Values)
        {
            if (!cursor.NoTimeout && !cursor.InUse && now - cursor.LastUsedUtc > timeout && Kill(cursor.Id))
            {
                reaped++;
                TimedOut++;
            }
        }

        return reaped;
    }
}
