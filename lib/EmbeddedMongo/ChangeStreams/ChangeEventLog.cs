namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The ordered log of committed changes that change streams read, with a bounded history (the
/// oldest entries fall off, like an oplog of fixed size). Waiters are woken on every append; the
/// log has its own lock, so a waiting change stream never holds the storage lock.
/// </summary>
public sealed class ChangeEventLog
{
    private readonly Lock gate = new();
    private readonly List<ChangeEntry> entries = new();
    private TaskCompletionSource appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastSequence;
    private long lostThrough;
    private MongoDB.Bson.BsonTimestamp? lostTime;

    private readonly MongoDB.Bson.BsonTimestamp startedAt = new((int)DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 0);

    public ChangeEventLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>How many entries the log keeps.</summary>
    public int Capacity { get; }

    public long LastSequence
    {
        get
        {
            lock (gate)
            {
                return lastSequence;
            }
        }
    }

    /// <summary>Appends entries (one write, or a whole transaction) in order and wakes waiting streams.</summary>
    public void Append(IEnumerable<ChangeEntry> batch)
    {
        TaskCompletionSource wake;
        lock (gate)
        {
            foreach (var entry in batch)
            {
                entry.Sequence = ++lastSequence;
                entries.Add(entry);
            }

            var excess = entries.Count - Capacity;
            if (excess > 0)
            {
                lostThrough = entries[excess - 1].Sequence;
                lostTime = entries[excess - 1].ClusterTime;
                entries.RemoveRange(0, excess);
            }

            wake = appended;
            appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    /// <summary>True when entries after <paramref name="sequence"/> have already fallen off the log.</summary>
    public bool IsLost(long sequence)
    {
        lock (gate)
        {
            return sequence < lostThrough;
        }
    }

    /// <summary>True when entries at or after <paramref name="time"/> may have fallen off the log (or predate the server).</summary>
    public bool IsLost(MongoDB.Bson.BsonTimestamp time)
    {
        lock (gate)
        {
            return time.CompareTo(startedAt) < 0 || (lostTime is not null && lostTime.CompareTo(time) >= 0);
        }
    }

    /// <summary>The sequence just before the first entry at or after <paramref name="time"/>.</summary>
    public long SequenceBefore(MongoDB.Bson.BsonTimestamp time)
    {
        lock (gate)
        {
            var first = entries.FindIndex(e => e.ClusterTime.CompareTo(time) >= 0);
            return first < 0 ? lastSequence : entries[first].Sequence - 1;
        }
    }

    /// <summary>Up to <paramref name="max"/> entries after <paramref name="sequence"/>, in order.</summary>
    public List<ChangeEntry> ReadAfter(long sequence, int max)
    {
        lock (gate)
        {
            if (entries.Count == 0)
            {
                return [];
            }

            var start = (int)Math.Max(0, sequence + 1 - entries[0].Sequence);
            var count = Math.Min(max, entries.Count - start);
            return count <= 0 ? [] : entries.GetRange(start, count);
        }
    }

    /// <summary>Completes when an entry after <paramref name="sequence"/> exists or the timeout passes.</summary>
    public async Task WaitAsync(long sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task signal;
        lock (gate)
        {
            if (lastSequence > sequence)
            {
                return;
            }

            signal = appended.Task;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        await signal.WaitAsync(timer.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
