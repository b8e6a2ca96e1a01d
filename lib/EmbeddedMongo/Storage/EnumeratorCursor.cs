using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>A cursor over a lazily produced sequence of documents (find, aggregate, listIndexes...).</summary>
public sealed class EnumeratorCursor : ServerCursor
{
    private readonly IEnumerator<BsonDocument> source;
    private readonly Func<BsonDocument, BsonDocument>? map;
    private readonly Query.Collation? collation = Query.Collation.Current;
    private BsonDocument? pending;

    public EnumeratorCursor(string ns, IEnumerable<BsonDocument> documents, Func<BsonDocument, BsonDocument>? map = null)
        : base(ns)
    {
        source = documents.GetEnumerator();
        this.map = map;
    }

    /// <summary>Runs producing code (which may read storage) under the right lock.</summary>
    public Func<Func<CursorBatch>, CursorBatch> Guard { get; init; } = f => f();

    public override Task<CursorBatch> NextBatchAsync(int? batchSize, TimeSpan? maxAwait, CancellationToken cancellationToken)
        => Task.FromResult(Guard(() => Take(batchSize)));

    private CursorBatch Take(int? batchSize)
    {
        // A later getMore keeps comparing strings with the collation of the command that opened the cursor.
        using var scope = Query.Collation.Use(collation);
        var batch = new BsonArray();
        var bytes = 0;
        var limit = batchSize is > 0 ? batchSize.Value : int.MaxValue;
        while (batch.Count < limit)
        {
            BsonDocument next;
            if (pending is not null)
            {
                next = pending;
                pending = null;
            }
            else if (source.MoveNext())
            {
                next = map is null ? source.Current : map(source.Current);
            }
            else
            {
                Close();
                return new CursorBatch(batch, true);
            }

            var raw = new RawBsonDocument(next.ToBson());
            if (batch.Count > 0 && bytes + raw.Slice.Length > MaxBatchBytes)
            {
                pending = next;
                break;
            }

            bytes += raw.Slice.Length;
            batch.Add(raw);
        }

        return new CursorBatch(batch, false);
    }

    public override void Close() => source.Dispose();
}
