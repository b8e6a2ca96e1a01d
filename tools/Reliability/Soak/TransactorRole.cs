using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>
/// Two inserts and a counter increment per transaction; one in four aborted on purpose. Committed
/// ones must be whole, aborted ones (by the client or by the server) must leave no trace.
/// </summary>
internal static class TransactorRole
{
    public const string Committed = "committed";
    public const string Aborted = "aborted";
    public const string Unknown = "unknown";

    public static async Task RunAsync(SoakContext context, int slot, int seed)
    {
        using var client = OwnedClient.Create(context.ConnectionString, $"soak-txn-{slot}");
        var items = context.Collection(client, SoakContext.Items);
        var counters = context.Collection(client, SoakContext.Counters);
        await counters.InsertOneAsync(new BsonDocument { { "_id", $"counter-{slot}" }, { "v", 0 } });
        context.Ledger.Counters[slot] = 0;
        var random = new Random(seed);
        await context.LoopAsync($"transactor {slot}", async n =>
        {
            var id = $"t{slot}-{n}";
            var abort = random.Next(4) == 0;
            context.Ledger.Transactions[id] = Unknown;
            using var session = await client.Client.StartSessionAsync();
            session.StartTransaction(new TransactionOptions(writeConcern: random.Next(2) == 0 ? WriteConcern.WMajority : WriteConcern.W1));
            try
            {
                await items.InsertOneAsync(session, new BsonDocument { { "_id", id + "-a" }, { "txn", id } });
                await counters.UpdateOneAsync(session, new BsonDocument("_id", $"counter-{slot}"), new BsonDocument("$inc", new BsonDocument("v", 1)));
                await items.InsertOneAsync(session, new BsonDocument { { "_id", id + "-b" }, { "txn", id } });
                if (abort)
                {
                    await session.AbortTransactionAsync();
                    context.Ledger.Transactions[id] = Aborted;
                    return;
                }

                await session.CommitTransactionAsync();
            }
            catch (MongoCommandException ex) when (ex.Code == 251)
            {
                // NoSuchTransaction: the server aborted it (transactionLifetimeLimitSeconds under load).
                context.Ledger.Transactions[id] = Aborted;
                Interlocked.Increment(ref context.Ledger.AbortedByServer);
                return;
            }

            context.Ledger.Transactions[id] = Committed;
            context.Ledger.Counters[slot]++;
            Interlocked.Increment(ref context.Ledger.AcknowledgedWrites);
        });
    }
}
