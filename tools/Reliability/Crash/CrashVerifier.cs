using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Crash;

/// <summary>
/// Checks a restarted server against the ledger: every acknowledged write there, no half
/// transaction, nothing from nowhere. The counts describe the latest check.
/// </summary>
internal sealed class CrashVerifier(CrashLedger ledger, int clients)
{
    public long LostW1 { get; private set; }

    public long LostJournaled { get; private set; }

    public long LostIncrements { get; private set; }

    public long LostTransactions { get; private set; }

    public long PartialTransactions { get; private set; }

    public async Task<List<string>> VerifyAsync(string connectionString, string when)
    {
        (LostW1, LostJournaled, LostIncrements, LostTransactions, PartialTransactions) = (0, 0, 0, 0, 0);
        var problems = new List<string>();
        using var owned = OwnedClient.Create(connectionString, "crash-verify");
        var database = owned.Database(CrashClient.Database);
        var items = await database.GetCollection<BsonDocument>(CrashClient.Items).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        var present = items.Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);

        foreach (var (id, writeConcern) in ledger.AckedInserts)
        {
            if (!present.Contains(id))
            {
                if (writeConcern == CrashLedger.W1)
                {
                    LostW1++;
                }
                else
                {
                    LostJournaled++;
                }

                problems.Add($"{when}: acknowledged {writeConcern} insert {id} is missing");
            }
        }

        foreach (var (id, committed) in ledger.Transactions)
        {
            var (a, b) = (present.Contains(id + "-a"), present.Contains(id + "-b"));
            if (a != b)
            {
                PartialTransactions++;
                problems.Add($"{when}: transaction {id} is half there (a: {a}, b: {b})");
            }
            else if (committed && !a)
            {
                LostTransactions++;
                problems.Add($"{when}: committed transaction {id} is missing");
            }
        }

        foreach (var id in present.Where(id => !ledger.Attempted.ContainsKey(id)))
        {
            problems.Add($"{when}: document {id} was never written");
        }

        var counters = await database.GetCollection<BsonDocument>(CrashClient.Counters).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        for (var k = 0; k < clients; k++)
        {
            var value = counters.FirstOrDefault(c => c["_id"] == $"counter-{k}")?["v"].ToInt64() ?? 0;
            var (acked, maybe) = (ledger.AckedIncrements(k), ledger.UnknownIncrements(k));
            if (value < acked)
            {
                LostIncrements += acked - value;
                problems.Add($"{when}: counter {k} is {value} after {acked} acknowledged increments");
            }
            else if (value > acked + maybe)
            {
                problems.Add($"{when}: counter {k} is {value}, more than {acked} acknowledged + {maybe} unanswered increments");
            }
        }

        var indexes = await (await database.GetCollection<BsonDocument>(CrashClient.Items).Indexes.ListAsync()).ToListAsync();
        if (!indexes.Any(i => i["name"] == "wc_1"))
        {
            problems.Add($"{when}: the index wc_1 is gone");
        }

        return problems;
    }
}
