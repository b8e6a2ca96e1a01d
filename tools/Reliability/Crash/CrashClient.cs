using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Crash;

/// <summary>
/// One writer of the crash load: inserts with w:1 and with j:true, counter increments, and
/// two-document transactions (commit with w:1 or w:"majority"), each recorded in the ledger only
/// once the server acknowledged it. Runs until its first failure, which must come after the kill.
/// </summary>
internal sealed class CrashClient(int slot, int cycle, CrashLedger ledger, Func<bool> killed)
{
    public const string Database = "crash";
    public const string Items = "items";
    public const string Counters = "counters";

    /// <summary>A failure that came before the kill (a bug, not the crash), or null.</summary>
    public string? EarlyFailure { get; private set; }

    public async Task RunAsync(string connectionString, int seed)
    {
        using var owned = OwnedClient.Create(connectionString, $"crash-{cycle}-{slot}", failFast: true);
        var database = owned.Database(Database);
        var items = database.GetCollection<BsonDocument>(Items);
        var journaled = items.WithWriteConcern(new WriteConcern(1, journal: true));
        var counters = database.GetCollection<BsonDocument>(Counters);
        var random = new Random(seed);
        var pad = new string('x', 64 + random.Next(512));
        for (var n = 0; ; n++)
        {
            var id = $"c{cycle}-k{slot}-{n}";
            var roll = random.Next(10);
            ledger.Sent();
            try
            {
                if (roll < 4)
                {
                    ledger.Attempt(id);
                    await items.InsertOneAsync(new BsonDocument { { "_id", id }, { "wc", CrashLedger.W1 }, { "pad", pad } });
                    ledger.Inserted(id, CrashLedger.W1);
                }
                else if (roll < 6)
                {
                    ledger.Attempt(id);
                    await journaled.InsertOneAsync(new BsonDocument { { "_id", id }, { "wc", CrashLedger.Journaled }, { "pad", pad } });
                    ledger.Inserted(id, CrashLedger.Journaled);
                }
                else if (roll < 8)
                {
                    await IncrementAsync(counters, random.Next(2) == 0);
                }
                else
                {
                    await TransactionAsync(owned.Client, items, id, random.Next(2) == 0);
                }
            }
            catch (Exception ex) when (ex is MongoException or TimeoutException or IOException)
            {
                if (roll is < 6 or >= 8)
                {
                    ledger.OutcomeUnknown();
                }

                if (!killed())
                {
                    EarlyFailure = $"client {slot} failed before the kill: {ex.GetType().Name}: {ex.Message}";
                }

                return;
            }
        }
    }

    private async Task IncrementAsync(IMongoCollection<BsonDocument> counters, bool journal)
    {
        var target = journal ? counters.WithWriteConcern(new WriteConcern(1, journal: true)) : counters;
        try
        {
            await target.UpdateOneAsync(new BsonDocument("_id", $"counter-{slot}"), new BsonDocument("$inc", new BsonDocument("v", 1)), new UpdateOptions { IsUpsert = true });
        }
        catch
        {
            ledger.IncrementUnknown(slot);
            throw;
        }

        ledger.Incremented(slot);
    }

    private async Task TransactionAsync(MongoClient client, IMongoCollection<BsonDocument> items, string id, bool majority)
    {
        using var session = await client.StartSessionAsync();
        session.StartTransaction(new TransactionOptions(writeConcern: majority ? WriteConcern.WMajority : WriteConcern.W1));
        ledger.Attempt(id + "-a");
        ledger.Attempt(id + "-b");
        ledger.Transactions[id] = false;
        await items.InsertOneAsync(session, new BsonDocument { { "_id", id + "-a" }, { "txn", id } });
        await items.InsertOneAsync(session, new BsonDocument { { "_id", id + "-b" }, { "txn", id } });
        await session.CommitTransactionAsync();
        ledger.Transactions[id] = true;
    }
}
