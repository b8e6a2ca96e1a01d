using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;
using Reliability.Wire;

namespace Reliability.Fuzz;

/// <summary>
/// Bad input against an in-process server: every hand-made malformed message (refused with an
/// error or a closed connection, never ok), then valid commands mutated at random (bytes
/// overwritten, cut short, lengths rewritten, garbage appended) for a bounded time, from four
/// senders, while a healthy client must keep being answered. No connection may be left behind.
/// </summary>
public static class FuzzScenario
{
    private static readonly BsonDocument[] Templates =
    [
        new() { { "ping", 1 }, { "$db", "admin" } },
        new() { { "hello", 1 }, { "helloOk", true }, { "$db", "admin" } },
        new() { { "insert", "fuzz" }, { "documents", new BsonArray { new BsonDocument { { "_id", 1 }, { "a", "x" }, { "n", 1.5 } } } }, { "$db", "fuzz" } },
        new() { { "find", "fuzz" }, { "filter", new BsonDocument("a", new BsonDocument("$gt", 1)) }, { "batchSize", 2 }, { "$db", "fuzz" } },
        new() { { "update", "fuzz" }, { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) } } } }, { "$db", "fuzz" } },
        new() { { "delete", "fuzz" }, { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "limit", 0 } } } }, { "$db", "fuzz" } },
        new() { { "aggregate", "fuzz" }, { "pipeline", new BsonArray { new BsonDocument("$group", new BsonDocument { { "_id", "$a" }, { "n", new BsonDocument("$sum", 1) } }) } }, { "cursor", new BsonDocument() }, { "$db", "fuzz" } },
        new() { { "getMore", 12345L }, { "collection", "fuzz" }, { "$db", "fuzz" } },
    ];

    public const int Senders = 4;

    public static async Task<FuzzReport> RunAsync(TimeSpan duration, int seed = 1)
    {
        var problems = new List<string>();
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { MaxMessageSizeBytes = 1_000_000 });
        using var stop = new CancellationTokenSource();
        long answers = 0;
        var healthy = Task.Run(async () =>
        {
            using var client = OwnedClient.Create(server.ConnectionString, "fuzz-healthy");
            var admin = client.Database("admin");
            while (!stop.IsCancellationRequested)
            {
                var pong = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
                if (pong["ok"].ToDouble() == 1.0)
                {
                    Interlocked.Increment(ref answers);
                }

                await Task.Delay(20, CancellationToken.None);
            }
        });

        var refused = 0;
        foreach (var (name, bytes) in MalformedMessages.All)
        {
            var reply = await SendOnceAsync(server.Port, bytes, TimeSpan.FromSeconds(2));
            if (reply is null || reply.GetValue("ok", 0).ToDouble() != 1.0)
            {
                refused++;
            }
            else
            {
                problems.Add($"malformed message '{name}' was answered ok: {reply.ToJson()}");
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        long sent = 0;
        var mutators = Enumerable.Range(0, Senders).Select(t => Task.Run(async () =>
        {
            var random = new Random(seed * 10 + t);
            while (clock.Elapsed < duration)
            {
                await SendOnceAsync(server.Port, Mutate(random), TimeSpan.FromMilliseconds(30));
                Interlocked.Increment(ref sent);
            }
        })).ToList();
        await Task.WhenAll(mutators);
        await stop.CancelAsync();
        try
        {
            await healthy.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException)
        {
            problems.Add($"the healthy client failed: {ex.GetType().Name}: {ex.Message}");
        }

        for (var i = 0; i < 1200 && server.OpenConnections > 0; i++)
        {
            await Task.Delay(50);
        }

        if (server.OpenConnections > 0)
        {
            problems.Add($"{server.OpenConnections} connections left open after the fuzzing ended");
        }

        return new FuzzReport
        {
            Duration = clock.Elapsed,
            MutatedMessages = sent,
            MalformedCases = MalformedMessages.All.Count,
            MalformedRefused = refused,
            HealthyAnswers = answers,
            ConnectionsAfter = server.OpenConnections,
            Problems = problems,
        };
    }

    private static byte[] Mutate(Random random)
    {
        var bytes = WireMessage.OpMsg(Templates[random.Next(Templates.Length)], random.Next());
        for (var flips = random.Next(0, 7); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        if (random.Next(4) == 0)
        {
            bytes = bytes[..random.Next(bytes.Length)];
        }

        if (random.Next(4) == 0)
        {
            var tail = new byte[random.Next(1, 13)];
            random.NextBytes(tail);
            bytes = [.. bytes, .. tail];
        }

        return bytes;
    }

    /// <summary>Sends bytes on a fresh connection; the reply, or null for a close or silence (a cut message waits for more).</summary>
    private static async Task<BsonDocument?> SendOnceAsync(int port, byte[] bytes, TimeSpan wait)
    {
        await using var wire = await WireMessage.ConnectAsync(port, CancellationToken.None);
        try
        {
            await wire.SendAsync(bytes, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            return null;
        }

        return await wire.TryReceiveAsync(wait);
    }
}
