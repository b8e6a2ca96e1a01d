using System.Diagnostics;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>
/// An in-process server under a mixed load (writers, transactions, readers, change streams) with
/// faults injected all along: clients killed mid-transaction, raw connections that hang up with a
/// transaction or cursor open, messages cut in half. A healthy client must be answered throughout;
/// afterwards the data matches what was acknowledged, and transactions, cursors, sessions,
/// connections and memory go back to where they started.
/// </summary>
public static class SoakScenario
{
    private static readonly TimeSpan CleanupLimit = TimeSpan.FromSeconds(120);

    public static async Task<SoakReport> RunAsync(SoakOptions options)
    {
        var serverOptions = new EmbeddedMongoOptions
        {
            TransactionLifetimeLimitSeconds = 10,
            SessionIdleTimeout = TimeSpan.FromSeconds(3),
            CursorTimeout = TimeSpan.FromSeconds(3),
            ChangeStreamHistorySize = 10_000,
        };
        await using var server = await EmbeddedMongoServer.StartAsync(serverOptions);
        await WarmUpAsync(server.ConnectionString);
        await WaitForCleanupAsync(server);
        var baseline = Memory();

        var ledger = new SoakLedger();
        using var stop = new CancellationTokenSource();
        var context = new SoakContext(server.ConnectionString, server.Port, ledger, stop.Token);
        var healthy = new HealthyClient();
        var healthyTask = Task.Run(() => healthy.RunAsync(server.ConnectionString, stop.Token));
        var roles = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => RoleAsync(context, i, (options.Seed * 1000) + i))).ToList();
        var clock = Stopwatch.StartNew();
        await Task.Delay(options.Duration);
        await stop.CancelAsync();
        var duration = clock.Elapsed;
        await Task.WhenAll(roles).WaitAsync(CleanupLimit);
        await healthyTask.WaitAsync(CleanupLimit);
        options.Log?.Invoke($"soak: {ledger.Operations} operations in {duration.TotalSeconds:0} s; verifying");

        var (lost, unwanted) = await SoakVerifier.VerifyAsync(server.ConnectionString, ledger);
        using (var dropper = OwnedClient.Create(server.ConnectionString, "soak-drop"))
        {
            await dropper.Client.DropDatabaseAsync(SoakContext.Database);
        }

        var cleanup = await WaitForCleanupAsync(server);
        var after = Memory();
        var state = server.State;
        var report = new SoakReport
        {
            Clients = options.Clients,
            Duration = duration,
            Operations = ledger.Operations + healthy.Answers,
            AcknowledgedWrites = ledger.AcknowledgedWrites,
            Reads = ledger.Reads,
            ChangeEvents = ledger.ChangeEvents,
            TransactionsCommitted = ledger.Transactions.Values.Count(v => v == TransactorRole.Committed),
            TransactionsAborted = ledger.Transactions.Values.Count(v => v == TransactorRole.Aborted),
            AbortedByServer = ledger.AbortedByServer,
            ClientsKilledMidTransaction = ledger.ClientsKilledMidTransaction,
            WireSessionsAbandoned = ledger.WireSessionsAbandoned,
            CursorsLeftOpen = ledger.CursorsLeftOpen,
            ConnectionsCut = ledger.ConnectionsCut,
            HealthyAnswers = healthy.Answers,
            HealthyFailures = healthy.Failures,
            SlowestHealthyAnswer = healthy.SlowestAnswer,
            WritesLost = lost,
            WritesThatShouldNotExist = unwanted,
            OpenTransactionsAfter = state.Transactions.OpenCount,
            OpenCursorsAfter = state.Cursors.Count,
            SessionsAfter = state.Sessions.Count,
            ConnectionsAfter = server.OpenConnections,
            CleanupTime = cleanup,
            MemoryBaselineBytes = baseline,
            MemoryAfterBytes = after,
        };
        var problems = ledger.Problems.ToList();
        if (healthy.FirstFailure is { } failure)
        {
            problems.Add($"the healthy client failed {healthy.Failures} times, first: {failure}");
        }

        if (report is not { OpenTransactionsAfter: 0, OpenCursorsAfter: 0, SessionsAfter: 0, ConnectionsAfter: 0 })
        {
            problems.Add($"left behind after {CleanupLimit.TotalSeconds} s: {report.OpenTransactionsAfter} transactions, {report.OpenCursorsAfter} cursors, {report.SessionsAfter} sessions, {report.ConnectionsAfter} connections");
        }

        if (after - baseline > options.MemoryAllowanceBytes)
        {
            problems.Add($"memory stayed {(after - baseline) / (1024 * 1024)} MB above its starting point (allowance {options.MemoryAllowanceBytes / (1024 * 1024)} MB)");
        }

        return report with { Problems = problems };
    }

    private static Task RoleAsync(SoakContext context, int i, int seed) => (i % 16) switch
    {
        < 6 => WriterRole.RunAsync(context, i, seed),
        < 9 => TransactorRole.RunAsync(context, i, seed),
        < 11 => ReaderRole.RunAsync(context, i, seed),
        < 13 => WatcherRole.RunAsync(context, i),
        13 => AbandonerRole.RunDriverAsync(context, i),
        14 => AbandonerRole.RunWireAsync(context, i),
        _ => CutterRole.RunAsync(context, i, seed),
    };

    /// <summary>Loads what the first requests load (driver, JIT, a collection) so the baseline is not the empty process.</summary>
    private static async Task WarmUpAsync(string connectionString)
    {
        using var client = OwnedClient.Create(connectionString, "soak-warmup");
        var collection = client.Database("warmup").GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        await collection.Find(new BsonDocument()).ToListAsync();
        await client.Client.DropDatabaseAsync("warmup");
    }

    /// <summary>Waits until no transaction, cursor, session or connection is left; returns how long it took.</summary>
    private static async Task<TimeSpan> WaitForCleanupAsync(EmbeddedMongoServer server)
    {
        var clock = Stopwatch.StartNew();
        var state = server.State;
        while (clock.Elapsed < CleanupLimit
               && (state.Transactions.OpenCount > 0 || state.Cursors.Count > 0 || state.Sessions.Count > 0 || server.OpenConnections > 0))
        {
            await Task.Delay(100);
        }

        return clock.Elapsed;
    }

    private static long Memory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
