using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Hosting;

/// <summary>
/// The TTL monitor: every <see cref="EmbeddedMongoOptions.TtlMonitorInterval"/> (60 s, as the server's
/// ttlMonitorSleepSecs) it deletes the documents whose TTL-indexed date is more than
/// expireAfterSeconds in the past. As in MongoDB: only single-field, non-_id indexes expire
/// documents; the field must hold a date or an array of dates (the earliest counts); anything else
/// never expires; a partial index expires only documents matching its filter. Deletions go through
/// storage like any delete, so the journal and change streams see them.
/// </summary>
public sealed class TtlMonitor : IDisposable
{
    private readonly ServerState state;
    private readonly Timer timer;
    private long passes;
    private long deleted;

    public TtlMonitor(ServerState state)
    {
        this.state = state;
        var period = state.Options.TtlMonitorInterval;
        timer = new Timer(_ => RunSafely(), null, period, period);
    }

    /// <summary>Completed passes (serverStatus metrics.ttl.passes).</summary>
    public long Passes => Interlocked.Read(ref passes);

    /// <summary>Documents deleted so far (serverStatus metrics.ttl.deletedDocuments).</summary>
    public long DeletedDocuments => Interlocked.Read(ref deleted);

    /// <summary>One pass over every TTL index; returns how many documents it deleted.</summary>
    public int RunOnce(DateTime now)
    {
        var count = state.Storage.WriteDirect(() =>
        {
            var removed = 0;
            foreach (var collection in state.Storage.Databases.Values.SelectMany(d => d.Collections.Values).ToList())
            {
                foreach (var index in collection.Indexes.Where(IsTtl).ToList())
                {
                    removed += Expire(collection, index, now);
                }
            }

            return removed;
        });
        Interlocked.Add(ref deleted, count);
        Interlocked.Increment(ref passes);
        return count;
    }

    private static bool IsTtl(IndexStore index)
        => !index.IsIdIndex && index.Paths.Length == 1 && index.Spec.TryGetValue("expireAfterSeconds", out var ttl) && ttl.IsNumeric;

    private static int Expire(CollectionStore collection, IndexStore index, DateTime now)
    {
        var cutoff = now.AddSeconds(-index.Spec["expireAfterSeconds"].ToDouble());
        var partial = index.PartialFilterExpression is { } expression ? Filter.Parse(expression) : null;
        var expired = collection.Scan()
            .Where(r => Earliest(Storage.FieldPath.GetValue(r.Document, index.Paths[0])) is { } date && date <= cutoff)
            .Where(r => partial is null || partial.Matches(r.Document))
            .Select(r => r.RecordId)
            .ToList();
        foreach (var recordId in expired)
        {
            collection.Delete(recordId);
        }

        return expired.Count;
    }

    private static DateTime? Earliest(BsonValue? value) => value switch
    {
        BsonDateTime date => date.ToUniversalTime(),
        BsonArray array => array.OfType<BsonDateTime>().Select(d => (DateTime?)d.ToUniversalTime()).Min(),
        _ => null,
    };

    private void RunSafely()
    {
        try
        {
            RunOnce(DateTime.UtcNow);
        }
        catch (ObjectDisposedException)
        {
            // The server is stopping.
        }
    }

    public void Dispose() => timer.Dispose();
}
