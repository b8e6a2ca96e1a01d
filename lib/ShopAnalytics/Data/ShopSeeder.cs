using System.Diagnostics;
using MongoDB.Driver;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Data;

/// <summary>
/// Loads a <see cref="ShopDataset"/> into a database: schema first (validators), then unordered
/// InsertMany batches with several in flight, then the indexes. Reports progress per batch.
/// </summary>
public static class ShopSeeder
{
    public static async Task SeedAsync(
        ShopDatabase shop,
        ShopDataset data,
        SeedOptions? options = null,
        IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SeedOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parallelism, 1);
        var database = shop.Database;
        if (options.DropFirst)
        {
            foreach (var name in CollectionNames.All)
            {
                await database.DropCollectionAsync(name, cancellationToken);
            }
        }

        await SchemaSetup.ApplyValidatorsAsync(database, cancellationToken);
        var clock = Stopwatch.StartNew();
        await InsertAsync(shop.Customers, CollectionNames.Customers, data.Customers, options, progress, clock, cancellationToken);
        await InsertAsync(shop.Products, CollectionNames.Products, data.Products, options, progress, clock, cancellationToken);
        await InsertAsync(shop.Orders, CollectionNames.Orders, data.Orders, options, progress, clock, cancellationToken);
        await InsertAsync(shop.OrderItems, CollectionNames.OrderItems, data.OrderItems, options, progress, clock, cancellationToken);
        await SchemaSetup.ApplyIndexesAsync(database, cancellationToken);
    }

    private static async Task InsertAsync<T>(
        IMongoCollection<T> collection,
        string name,
        IReadOnlyList<T> documents,
        SeedOptions options,
        IProgress<SeedProgress>? progress,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        long inserted = 0;
        var all = documents as T[] ?? [.. documents];
        progress?.Report(new SeedProgress(name, 0, documents.Count, clock.Elapsed));
        var batches = Enumerable.Range(0, (documents.Count + options.BatchSize - 1) / options.BatchSize);
        var insertOptions = new InsertManyOptions { IsOrdered = false, BypassDocumentValidation = options.BypassValidation ? true : null };
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, parallel, async (batch, token) =>
        {
            var start = batch * options.BatchSize;
            var count = Math.Min(options.BatchSize, documents.Count - start);
            var slice = new ArraySegment<T>(all, start, count);
            try
            {
                await collection.InsertManyAsync(slice, insertOptions, token);
            }
            catch (MongoException ex) when (SchemaViolationException.From(ex, name) is { } violation)
            {
                throw violation;
            }
            catch (MongoBulkWriteException ex) when (options.DropFirst && ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey && e.Message.Contains("index: _id_", StringComparison.Ordinal)))
            {
                // The collection started empty and the data has unique ids, so only a retried batch (a
                // retryable write repeated after a lost reply) can collide with itself: those documents are in.
            }

            var done = Interlocked.Add(ref inserted, count);
            progress?.Report(new SeedProgress(name, done, documents.Count, clock.Elapsed));
        });
    }
}
