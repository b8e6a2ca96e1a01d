using System.Diagnostics;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Crash;

/// <summary>
/// Kills `shop serve` (SIGKILL) in the middle of a write load, restarts it on the same dbpath and
/// checks every acknowledged write is there; several times over, then once more after a clean
/// stop (SIGTERM, which checkpoints). Acknowledged means answered: the server writes each group
/// commit to the journal file before it answers, so a killed process loses nothing it answered,
/// with any write concern; j:true only adds the fsync that also survives a power cut.
/// </summary>
public static class CrashScenario
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static async Task<CrashReport> RunAsync(CrashOptions options)
    {
        var dbPath = Path.Combine(Path.GetTempPath(), "shop-crash-" + Guid.NewGuid().ToString("N"));
        try
        {
            return await RunInAsync(dbPath, options);
        }
        finally
        {
            try
            {
                Directory.Delete(dbPath, recursive: true);
            }
            catch (IOException)
            {
                // Left behind for inspection if the folder is still busy.
            }
        }
    }

    private static async Task<CrashReport> RunInAsync(string dbPath, CrashOptions options)
    {
        var ledger = new CrashLedger(options.Clients);
        var verifier = new CrashVerifier(ledger, options.Clients);
        var problems = new List<string>();
        var random = new Random(options.Seed);
        var loadTime = TimeSpan.Zero;
        var tornTails = 0;
        var (lostW1, lostJ, lostInc, lostTxn, partial) = (0L, 0L, 0L, 0L, 0L);

        void Verified(IEnumerable<string> found)
        {
            problems.AddRange(found);
            lostW1 = Math.Max(lostW1, verifier.LostW1);
            lostJ = Math.Max(lostJ, verifier.LostJournaled);
            lostInc = Math.Max(lostInc, verifier.LostIncrements);
            lostTxn = Math.Max(lostTxn, verifier.LostTransactions);
            partial = Math.Max(partial, verifier.PartialTransactions);
        }

        var server = await ShopServerProcess.StartAsync(dbPath, StartTimeout);
        try
        {
            using (var setup = OwnedClient.Create(server.ConnectionString, "crash-setup"))
            {
                await setup.Database(CrashClient.Database).GetCollection<BsonDocument>(CrashClient.Items).Indexes
                    .CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("wc", 1)));
            }

            for (var cycle = 0; cycle < options.Cycles; cycle++)
            {
                var killed = 0;
                var clients = Enumerable.Range(0, options.Clients).Select(k => new CrashClient(k, cycle, ledger, () => Volatile.Read(ref killed) == 1)).ToList();
                var load = Stopwatch.StartNew();
                var running = clients.Select((c, k) => Task.Run(() => c.RunAsync(server.ConnectionString, (options.Seed * 1000) + (cycle * 100) + k))).ToList();
                var wait = TimeSpan.FromMilliseconds(options.MaxLoad.TotalMilliseconds * (0.5 + (random.NextDouble() / 2)));
                await Task.WhenAny(Task.Delay(wait), Task.WhenAll(running));
                Volatile.Write(ref killed, 1);
                await server.KillAsync();
                loadTime += load.Elapsed;
                options.Log?.Invoke($"crash cycle {cycle + 1}: killed after {load.Elapsed.TotalSeconds:0.0} s of load, {ledger.Operations} operations so far");
                await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(120));
                problems.AddRange(clients.Select(c => c.EarlyFailure).OfType<string>());

                tornTails += CountTornTails(server.ErrorOutput);
                server.Dispose();
                server = await ShopServerProcess.StartAsync(dbPath, StartTimeout);
                Verified(await verifier.VerifyAsync(server.ConnectionString, $"after kill {cycle + 1}"));
            }

            await server.StopAsync(TimeSpan.FromSeconds(60));
            tornTails += CountTornTails(server.ErrorOutput);
            server.Dispose();
            server = await ShopServerProcess.StartAsync(dbPath, StartTimeout);
            Verified(await verifier.VerifyAsync(server.ConnectionString, "after a clean stop"));
            await server.StopAsync(TimeSpan.FromSeconds(60));
            tornTails += CountTornTails(server.ErrorOutput);
        }
        finally
        {
            server.Dispose();
        }

        return new CrashReport
        {
            Cycles = options.Cycles,
            Clients = options.Clients,
            LoadTime = loadTime,
            Operations = ledger.Operations,
            AckedW1Inserts = ledger.AckedInserts.Values.Count(v => v == CrashLedger.W1),
            AckedJournaledInserts = ledger.AckedInserts.Values.Count(v => v == CrashLedger.Journaled),
            AckedIncrements = ledger.TotalAckedIncrements,
            CommittedTransactions = ledger.Transactions.Values.Count(c => c),
            UnknownOutcomes = ledger.Unknown,
            TornTailsDropped = tornTails,
            LostW1Inserts = lostW1,
            LostJournaledInserts = lostJ,
            LostIncrements = lostInc,
            LostTransactions = lostTxn,
            PartialTransactions = partial,
            Problems = problems,
        };
    }

    private static int CountTornTails(string stderr) => stderr.Split('\n').Count(l => l.Contains("ignoring an unacknowledged tail", StringComparison.Ordinal));
}
