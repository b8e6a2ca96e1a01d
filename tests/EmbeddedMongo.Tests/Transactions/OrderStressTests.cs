using System.Collections.Concurrent;
using System.Globalization;
using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Transactions;

/// <summary>
/// Eight clients place orders in transactions against fifty products of limited stock, for a
/// bounded time (TXN_STRESS_SECONDS, 5 by default; 30 for a long run). Stock never goes negative,
/// the committed orders took exactly the stock that is gone, and a change stream opened before the
/// run reports exactly the committed orders, each once.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class OrderStressTests(MongoTarget target)
{
    private const int Clients = 8;
    private const int Products = 50;
    private const int InitialStock = 15;

    [Fact]
    public async Task Concurrent_orders_never_oversell_and_the_stream_reports_exactly_the_committed_orders()
    {
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("TXN_STRESS_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 5;
        var database = target.NewDatabase("stress");
        await database.CreateCollectionAsync("orders");
        var products = database.GetCollection<BsonDocument>("products");
        var orders = database.GetCollection<BsonDocument>("orders");
        await products.InsertManyAsync(Enumerable.Range(0, Products).Select(i => new BsonDocument { { "_id", i }, { "stock", InitialStock } }));
        using var stream = await orders.WatchAsync();

        var stopAt = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        var committed = new ConcurrentBag<ObjectId>();
        var refused = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            using var session = await target.Client.StartSessionAsync();
            while (DateTime.UtcNow < stopAt)
            {
                var items = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => random.Next(Products)).Distinct()
                    .Select(p => (Product: p, Quantity: random.Next(1, 4))).ToList();
                var orderId = ObjectId.GenerateNewId();
                var placed = await session.WithTransactionAsync(async (txn, ct) =>
                {
                    foreach (var (product, quantity) in items)
                    {
                        var current = await products.Find(txn, new BsonDocument("_id", product)).SingleAsync(ct);
                        if (current["stock"].AsInt32 < quantity)
                        {
                            return false;
                        }
                    }

                    foreach (var (product, quantity) in items)
                    {
                        var result = await products.UpdateOneAsync(txn,
                            new BsonDocument { { "_id", product }, { "stock", new BsonDocument("$gte", quantity) } },
                            new BsonDocument("$inc", new BsonDocument("stock", -quantity)), cancellationToken: ct);
                        Assert.Equal(1, result.ModifiedCount);
                    }

                    var lines = new BsonArray(items.Select(i => new BsonDocument { { "product", i.Product }, { "quantity", i.Quantity } }));
                    await orders.InsertOneAsync(txn, new BsonDocument { { "_id", orderId }, { "items", lines } }, cancellationToken: ct);
                    return true;
                });
                if (placed)
                {
                    committed.Add(orderId);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })));

        var stock = (await products.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).ToDictionary(p => p["_id"].AsInt32, p => p["stock"].AsInt32);
        Assert.All(stock.Values, v => Assert.InRange(v, 0, InitialStock));
        var stored = await orders.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.Equal(committed.Order(), stored.Select(o => o["_id"].AsObjectId).Order());
        var taken = stored.SelectMany(o => o["items"].AsBsonArray)
            .GroupBy(i => i["product"].AsInt32)
            .ToDictionary(g => g.Key, g => g.Sum(i => i["quantity"].AsInt32));
        Assert.All(stock, p => Assert.Equal(InitialStock - p.Value, taken.GetValueOrDefault(p.Key)));
        Assert.NotEmpty(committed);

        var reported = new List<ObjectId>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (reported.Count < committed.Count && DateTime.UtcNow < deadline && await stream.MoveNextAsync())
        {
            reported.AddRange(stream.Current.Select(e =>
            {
                Assert.Equal(ChangeStreamOperationType.Insert, e.OperationType);
                return e.DocumentKey["_id"].AsObjectId;
            }));
        }

        Assert.Equal(committed.Order(), reported.Order());
    }
}
