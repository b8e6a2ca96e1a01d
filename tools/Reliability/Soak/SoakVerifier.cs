using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>Checks the data after the soak against the ledger: acknowledged writes exact, aborted and abandoned ones absent.</summary>
internal static class SoakVerifier
{
    public static async Task<(long Lost, long Unwanted)> VerifyAsync(string connectionString, SoakLedger ledger)
    {
        using var client = OwnedClient.Create(connectionString, "soak-verify");
        var database = client.Database(SoakContext.Database);
        var items = (await database.GetCollection<BsonDocument>(SoakContext.Items).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync())
            .ToDictionary(d => d["_id"].AsString, StringComparer.Ordinal);
        long lost = 0, unwanted = 0;
        var explained = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (slot, live) in ledger.Writers)
        {
            foreach (var (id, v) in live)
            {
                explained.Add(id);
                if (!items.TryGetValue(id, out var doc))
                {
                    lost++;
                    ledger.Problem($"writer {slot}: acknowledged document {id} is missing");
                }
                else if (doc["v"].AsInt32 != v)
                {
                    lost++;
                    ledger.Problem($"writer {slot}: {id} has v {doc["v"]} after {v} acknowledged increments");
                }
            }
        }

        foreach (var (id, outcome) in ledger.Transactions)
        {
            var (a, b) = (items.ContainsKey(id + "-a"), items.ContainsKey(id + "-b"));
            explained.Add(id + "-a");
            explained.Add(id + "-b");
            if (a != b)
            {
                unwanted++;
                ledger.Problem($"transaction {id} ({outcome}) is half there");
            }
            else if (outcome == TransactorRole.Committed && !a)
            {
                lost++;
                ledger.Problem($"committed transaction {id} is missing");
            }
            else if (outcome == TransactorRole.Aborted && a)
            {
                unwanted++;
                ledger.Problem($"aborted transaction {id} is there");
            }
        }

        foreach (var (id, why) in ledger.NeverVisible)
        {
            if (items.ContainsKey(id))
            {
                unwanted++;
                ledger.Problem($"{id} ({why}) is there");
            }
        }

        foreach (var id in items.Keys.Where(id => !explained.Contains(id) && !ledger.NeverVisible.ContainsKey(id)))
        {
            unwanted++;
            ledger.Problem($"{id} is there but no acknowledged write put it there (deleted, or never written)");
        }

        var counters = await database.GetCollection<BsonDocument>(SoakContext.Counters).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        foreach (var (slot, expected) in ledger.Counters)
        {
            var unknown = ledger.Transactions.Any(t => t.Key.StartsWith($"t{slot}-", StringComparison.Ordinal) && t.Value == TransactorRole.Unknown);
            var value = counters.FirstOrDefault(c => c["_id"] == $"counter-{slot}")?["v"].ToInt32();
            if (value != expected && !unknown)
            {
                lost++;
                ledger.Problem($"counter {slot} is {value}, expected {expected} committed increments");
            }
        }

        return (lost, unwanted);
    }
}
