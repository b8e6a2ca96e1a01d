using MongoDB.Bson;
using MongoDB.Driver;
using Reliability.Wire;

namespace Reliability.Soak;

/// <summary>
/// Clients that die in the middle of a transaction: a driver client whose connections close with
/// its transaction open (no commit, no abort), and a raw connection that starts a transaction
/// (or opens a cursor) and hangs up. Their writes must never show; the server must clean up after them.
/// </summary>
internal static class AbandonerRole
{
    public static async Task RunDriverAsync(SoakContext context, int slot)
    {
        await context.LoopAsync($"abandoner {slot}", async n =>
        {
            var id = $"ab{slot}-{n}";
            context.Ledger.NeverVisible[id + "-a"] = "abandoned transaction (driver)";
            context.Ledger.NeverVisible[id + "-b"] = "abandoned transaction (driver)";
            using (var client = OwnedClient.Create(context.ConnectionString, $"soak-abandoner-{slot}"))
            {
                var items = context.Collection(client, SoakContext.Items);
                var session = await client.Client.StartSessionAsync();
                session.StartTransaction();
                await items.InsertOneAsync(session, new BsonDocument("_id", id + "-a"));
                await items.InsertOneAsync(session, new BsonDocument("_id", id + "-b"));
                // Disposing the client closes its connections; the session is dropped, never ended.
            }

            Interlocked.Increment(ref context.Ledger.ClientsKilledMidTransaction);
            await Task.Delay(50);
        });
    }

    public static async Task RunWireAsync(SoakContext context, int slot)
    {
        await context.LoopAsync($"wire abandoner {slot}", async n =>
        {
            var lsid = new BsonDocument("id", new BsonBinaryData(Guid.NewGuid(), GuidRepresentation.Standard));
            await using var wire = await WireMessage.ConnectAsync(context.Port, CancellationToken.None);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            if (n % 3 == 2)
            {
                var find = new BsonDocument { { "find", SoakContext.Items }, { "batchSize", 1 }, { "lsid", lsid }, { "$db", SoakContext.Database } };
                var reply = await wire.RunAsync(find, timeout.Token);
                if (reply["cursor"]["id"].ToInt64() != 0)
                {
                    Interlocked.Increment(ref context.Ledger.CursorsLeftOpen);
                }

                return;
            }

            var id = $"aw{slot}-{n}";
            context.Ledger.NeverVisible[id] = "abandoned transaction (raw connection)";
            var insert = new BsonDocument
            {
                { "insert", SoakContext.Items }, { "documents", new BsonArray { new BsonDocument("_id", id) } },
                { "lsid", lsid }, { "txnNumber", 1L }, { "startTransaction", true }, { "autocommit", false }, { "$db", SoakContext.Database },
            };
            var answer = await wire.RunAsync(insert, timeout.Token);
            if (answer["ok"].ToDouble() != 1.0 || answer.GetValue("n", 0).ToInt32() != 1)
            {
                context.Ledger.Problem($"wire abandoner {slot}: insert in a transaction answered {answer.ToJson()}");
            }

            Interlocked.Increment(ref context.Ledger.WireSessionsAbandoned);
        });
    }
}
