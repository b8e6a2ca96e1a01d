using EmbeddedMongo.Commands;
using EmbeddedMongo.Hosting;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// The cursor of an open change stream. getMore returns the events logged after its position,
/// waiting (without any storage lock) until one arrives or maxTimeMS (1 s by default) passes;
/// every batch carries a postBatchResumeToken. A drop/rename/dropDatabase that invalidates the
/// stream is followed by an invalidate event, and the cursor then closes.
/// </summary>
public sealed class ChangeStreamCursor : ServerCursor
{
    private static readonly TimeSpan DefaultAwait = TimeSpan.FromSeconds(1);
    private readonly ServerState server;
    private readonly ChangeStreamSpec spec;
    private readonly ChangeStreamPipeline pipeline;
    private readonly ChangeEventRenderer renderer;
    private readonly CancellationTokenSource closed = new();
    private long position;
    private bool firstBatch = true;
    private ChangeEntry? invalidatedBy;
    private bool finished;

    public ChangeStreamCursor(ServerState server, ChangeStreamSpec spec, ChangeStreamPipeline pipeline, long position)
        : base(spec.Namespace)
    {
        this.server = server;
        this.spec = spec;
        this.pipeline = pipeline;
        this.position = position;
        renderer = new ChangeEventRenderer(server.Storage, spec);
    }

    public override async Task<CursorBatch> NextBatchAsync(int? batchSize, TimeSpan? maxAwait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + (firstBatch ? TimeSpan.Zero : maxAwait ?? DefaultAwait);
        firstBatch = false;
        var limit = batchSize is > 0 ? batchSize.Value : int.MaxValue;
        var batch = new BsonArray();
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, closed.Token, server.Stopping.Token);
        while (true)
        {
            Drain(batch, limit);
            var left = deadline - DateTime.UtcNow;
            if (batch.Count > 0 || finished || left <= TimeSpan.Zero || wake.IsCancellationRequested)
            {
                break;
            }

            await server.ChangeEvents.WaitAsync(position, left, wake.Token);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var token = batch.Count > 0 && finished
            ? batch[^1]["_id"].AsBsonDocument
            : new ResumeToken(server.Clock.Now, position, false).ToDocument();
        return new CursorBatch(batch, finished, new BsonDocument("postBatchResumeToken", token));
    }

    private void Drain(BsonArray batch, int limit)
    {
        while (batch.Count < limit && !finished)
        {
            if (invalidatedBy is not null)
            {
                batch.Add(ChangeEventRenderer.Invalidate(invalidatedBy));
                finished = true;
                return;
            }

            if (server.ChangeEvents.IsLost(position))
            {
                throw Errors.ChangeStreamHistoryLost("Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
            }

            var entries = server.ChangeEvents.ReadAfter(position, Math.Min(limit - batch.Count, 256));
            if (entries.Count == 0)
            {
                return;
            }

            foreach (var entry in entries)
            {
                position = entry.Sequence;
                if (!spec.Covers(entry))
                {
                    continue;
                }

                if (pipeline.Apply(renderer.Render(entry)) is { } change)
                {
                    batch.Add(change);
                }

                if (spec.InvalidatedBy(entry))
                {
                    invalidatedBy = entry;
                    break;
                }

                if (batch.Count >= limit)
                {
                    return;
                }
            }
        }
    }

    public override void Close()
    {
        if (!closed.IsCancellationRequested)
        {
            closed.Cancel();
        }
    }
}
