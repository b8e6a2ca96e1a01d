using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>Reads in small batches and walks away from half-read cursors (the driver kills them), plus counts and aggregations.</summary>
internal static class ReaderRole
{
    public static async Task RunAsync(SoakContext context, int slot, int seed)
    {
        using var client = OwnedClient.Create(context.ConnectionString, $"soak-reader-{slot}");
        var items = context.Collection(client, SoakContext.Items);
        var random = new Random(seed);
        await context.LoopAsync($"reader {slot}", async n =>
        {
            switch (n % 3)
            {
                case 0:
                    using (var cursor = await items.FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 10 }))
                    {
                        for (var batches = random.Next(1, 4); batches > 0 && await cursor.MoveNextAsync(); batches--)
                        {
                            _ = cursor.Current.Count();
                        }
                    }

                    break;
                case 1:
                    await items.CountDocumentsAsync(new BsonDocument("writer", random.Next(6)));
                    break;
                default:
                    await items.Aggregate()
                        .Match(new BsonDocument("writer", new BsonDocument("$exists", true)))
                        .Group(new BsonDocument { { "_id", "$writer" }, { "n", new BsonDocument("$sum", 1) }, { "v", new BsonDocument("$sum", "$v") } })
                        .ToListAsync();
                    break;
            }

            Interlocked.Increment(ref context.Ledger.Reads);
        });
    }
}
