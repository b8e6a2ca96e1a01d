using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Driver;

namespace ShopAnalytics.Analytics;

/// <summary>Base of the analyses: runs <see cref="Pipeline"/> on <see cref="Collection"/> and shapes the documents into <typeparamref name="TResult"/>.</summary>
public abstract class Analysis<TResult> : IAnalysis
    where TResult : notnull
{
    private static readonly JsonWriterSettings Shell = new() { OutputMode = JsonOutputMode.Shell, Indent = true };

    public abstract string Name { get; }

    public abstract string Title { get; }

    public abstract string Description { get; }

    public abstract string Collection { get; }

    public abstract BsonDocument[] Pipeline();

    public string ToMql() => $"db.{Collection}.aggregate({new BsonArray(Pipeline()).ToJson(Shell)})";

    /// <summary>Runs the pipeline through the driver and returns the typed result.</summary>
    public async Task<TResult> RunAsync(ShopDatabase shop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        using var cursor = await shop.Raw(Collection).AggregateAsync<BsonDocument>(Pipeline(), cancellationToken: cancellationToken);
        var documents = await cursor.ToListAsync(cancellationToken);
        return Shape(documents);
    }

    public async Task<object> RunUntypedAsync(ShopDatabase shop, CancellationToken cancellationToken = default)
        => await RunAsync(shop, cancellationToken);

    /// <summary>Turns the pipeline's output documents into the result.</summary>
    protected abstract TResult Shape(IReadOnlyList<BsonDocument> documents);

    /// <summary>Each document deserialized as a <typeparamref name="TRow"/>.</summary>
    protected static IReadOnlyList<TRow> Rows<TRow>(IReadOnlyList<BsonDocument> documents)
        => [.. documents.Select(d => MongoDB.Bson.Serialization.BsonSerializer.Deserialize<TRow>(d))];
}
