namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The ordered log of committed changes that change streams read, with a bounded history (the
/// oldest entries fall off, like an oplog of fixed size). Waiters are woken on every append; the
/// log has its own lock, so a waiting change stream never holds the storage lock.
/// </summary>
public sealed class ChangeEventLog
{
    private readonly Lock gate = new();
    private readonly ChangeEntry[] ring;
    private int head;
    private int count;
    private TaskCompletionSource appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool awaited;
    private long lastSequence;
    private long lostThrough;
    private MongoDB.Bson.BsonTimestamp? lostTime;

    private readonly MongoDB.Bson.BsonTimestamp startedAt = new((int)DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 0);

    public ChangeEventLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        ring = new ChangeEntry[capacity];
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
        TaskCompletionSource? wake = null;
        lock (gate)
        {
            foreach (var entry in batch)
            {
                entry.Sequence = ++lastSequence;
                if (count == Capacity)
                {
                    // The oldest entry falls off: a ring buffer, so appending never shifts the history.
                    var oldest = ring[head];
                    lostThrough = oldest.Sequence;
                    lostTime = oldest.ClusterTime;
                    ring[head] = entry;
                    head = (head + 1) % Capacity;
                }
                else
                {
                    ring[(head + count) % Capacity] = entry;
                    count++;
                }
            }

            if (awaited)
            {
                // Only a signal somebody waits on needs completing (and replacing).
                wake = appended;
                appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                awaited = false;
            }
        }

        wake?.TrySetResult();
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
            for (var i = 0; i < count; i++)
            {
                var entry = At(i);
                if (entry.ClusterTime.CompareTo(time) >= 0)
                {
                    return entry.Sequence - 1;
                }
            }

            return lastSequence;
        }
    }

    /// <summary>Up to <paramref name="max"/> entries after <paramref name="sequence"/>, in order.</summary>
    public List<ChangeEntry> ReadAfter(long sequence, int max)
    {
        lock (gate)
        {
            if (count == 0)
            {
                return [];
            }

            var start = (int)Math.Clamp(sequence + 1 - At(0).Sequence, 0, count);
            var take = Math.Min(max, count - start);
            var result = new List<ChangeEntry>(Math.Max(take, 0));
            for (var i = 0; i < take; i++)
            {
                result.Add(At(start + i));
            }

            return result;
        }
    }

    private ChangeEntry At(int offset) => ring[(head + offset) % Capacity];

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
            awaited = true;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        await signal.WaitAsync(timer.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
