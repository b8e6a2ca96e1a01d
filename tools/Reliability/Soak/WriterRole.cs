using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>Inserts (w:1 and j:true), increments, deletes and reads back its own documents, keeping what was acknowledged.</summary>
internal static class WriterRole
{
    public static async Task RunAsync(SoakContext context, int slot, int seed)
    {
        using var client = OwnedClient.Create(context.ConnectionString, $"soak-writer-{slot}");
        var items = context.Collection(client, SoakContext.Items);
        var journaled = items.WithWriteConcern(new WriteConcern(1, journal: true));
        var live = context.Ledger.Writers.GetOrAdd(slot, _ => new Dictionary<string, int>());
        var random = new Random(seed);
        await context.LoopAsync($"writer {slot}", async n =>
        {
            var ids = live.Keys.ToList();
            var roll = ids.Count < 5 ? 0 : random.Next(10);
            if (roll < 4)
            {
                var id = $"w{slot}-{n}";
                await (random.Next(3) == 0 ? journaled : items).InsertOneAsync(new BsonDocument { { "_id", id }, { "writer", slot }, { "v", 0 } });
                lock (live)
                {
                    live[id] = 0;
                }
            }
            else if (roll < 7)
            {
                var id = ids[random.Next(ids.Count)];
                var result = await items.UpdateOneAsync(new BsonDocument("_id", id), new BsonDocument("$inc", new BsonDocument("v", 1)));
                Expect(context, result.ModifiedCount == 1, $"writer {slot}: update of {id} modified {result.ModifiedCount}");
                lock (live)
                {
                    live[id]++;
                }
            }
            else if (roll < 9)
            {
                var id = ids[random.Next(ids.Count)];
                var found = await items.Find(new BsonDocument("_id", id)).ToListAsync();
                Expect(context, found.Count == 1 && found[0]["v"].AsInt32 == live[id], $"writer {slot}: read of {id} gave {found.ToJson()}, expected v {live[id]}");
                Interlocked.Increment(ref context.Ledger.Reads);
                return;
            }
            else
            {
                var id = ids[random.Next(ids.Count)];
                var result = await items.DeleteOneAsync(new BsonDocument("_id", id));
                Expect(context, result.DeletedCount == 1, $"writer {slot}: delete of {id} deleted {result.DeletedCount}");
                lock (live)
                {
                    live.Remove(id);
                }
            }

            Interlocked.Increment(ref context.Ledger.AcknowledgedWrites);
        });
    }

    private static void Expect(SoakContext context, bool condition, string problem)
    {
        if (!condition)
        {
            context.Ledger.Problem(problem);
        }
    }
}
