using System.Runtime.CompilerServices;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Operations;

/// <summary>
/// New orders and status changes as they happen, from a change stream on orders. Resumable: pass the
/// <see cref="OrderEvent.ResumeToken"/> of the last event handled to continue after it.
/// </summary>
public sealed class OrderFeed(ShopDatabase shop)
{
    /// <summary>The change stream's filter: inserts, and updates that set the status.</summary>
    public static BsonDocument[] Pipeline() =>
    [
        new("$match", new BsonDocument("$or", new BsonArray
        {
            new BsonDocument("operationType", "insert"),
            new BsonDocument
            {
                { "operationType", "update" },
                { "updateDescription.updatedFields.status", new BsonDocument("$exists", true) },
            },
        })),
    ];

    /// <summary>Events from now on (or from after <paramref name="resumeAfter"/>) until cancelled.</summary>
    public async IAsyncEnumerable<OrderEvent> WatchAsync(BsonDocument? resumeAfter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var cursor = await OpenAsync(resumeAfter, cancellationToken);
        await foreach (var e in ReadAsync(cursor, cancellationToken))
        {
            yield return e;
        }
    }

    /// <summary>The events of a stream opened with <see cref="OpenAsync"/>, until cancelled.</summary>
    public static async IAsyncEnumerable<OrderEvent> ReadAsync(IChangeStreamCursor<ChangeStreamDocument<BsonDocument>> cursor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var change in cursor.Current)
            {
                yield return ToEvent(change);
            }
        }
    }

    /// <summary>Opens the stream now and returns it, so that no event placed after this call is missed.</summary>
    public async Task<IChangeStreamCursor<ChangeStreamDocument<BsonDocument>>> OpenAsync(BsonDocument? resumeAfter = null, CancellationToken cancellationToken = default)
    {
        var options = new ChangeStreamOptions { ResumeAfter = resumeAfter, MaxAwaitTime = TimeSpan.FromMilliseconds(500) };
        var pipeline = PipelineDefinition<ChangeStreamDocument<BsonDocument>, ChangeStreamDocument<BsonDocument>>.Create(Pipeline());
        return await shop.Raw(CollectionNames.Orders).WatchAsync(pipeline, options, cancellationToken);
    }

    /// <summary>The typed event of one change.</summary>
    public static OrderEvent ToEvent(ChangeStreamDocument<BsonDocument> change)
    {
        var id = change.DocumentKey["_id"].AsString;
        var wallTime = change.WallTime;
        if (change.OperationType == ChangeStreamOperationType.Insert)
        {
            var order = BsonSerializer.Deserialize<Order>(change.FullDocument);
            return new OrderEvent(OrderEventKind.Placed, id, order.Status, order, wallTime, change.ResumeToken);
        }

        var status = OrderStatusSerializer.FromStored(change.UpdateDescription.UpdatedFields["status"].AsString);
        return new OrderEvent(OrderEventKind.StatusChanged, id, status, null, wallTime, change.ResumeToken);
    }
}
