using MongoDB.Bson;
using Reliability.Wire;

namespace Reliability.Soak;

/// <summary>Connections cut mid-message: part of a valid insert (or only its header) is sent, then the socket closes.</summary>
internal static class CutterRole
{
    public static async Task RunAsync(SoakContext context, int slot, int seed)
    {
        var random = new Random(seed);
        await context.LoopAsync($"cutter {slot}", async n =>
        {
            var id = $"cut{slot}-{n}";
            context.Ledger.NeverVisible[id] = "message cut in half";
            var insert = new BsonDocument
            {
                { "insert", SoakContext.Items },
                { "documents", new BsonArray { new BsonDocument { { "_id", id }, { "pad", new string('c', random.Next(10, 4000)) } } } },
                { "$db", SoakContext.Database },
            };
            var bytes = WireMessage.OpMsg(insert, n);
            var cut = n % 4 == 0 ? 16 : random.Next(1, bytes.Length);
            await using (var wire = await WireMessage.ConnectAsync(context.Port, CancellationToken.None))
            {
                await wire.SendAsync(bytes.AsMemory(0, cut), CancellationToken.None);
            }

            Interlocked.Increment(ref context.Ledger.ConnectionsCut);
            await Task.Delay(10);
        });
    }
}
