using CsCheck;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Protocol;

/// <summary>
/// Property-based fuzzing of the wire protocol: valid messages mutated at random (bytes flipped,
/// cut short, lengths rewritten, garbage appended) are sent to a running server for a bounded time.
/// The server must never crash, never leak a connection, and keep answering a healthy client.
/// Duration: FUZZ_SECONDS (default 3).
/// </summary>
public sealed class WireFuzzTests
{
    private static readonly BsonDocument[] Templates =
    [
        new() { { "ping", 1 }, { "$db", "admin" } },
        new() { { "insert", "fuzz" }, { "documents", new BsonArray { new BsonDocument { { "_id", 1 }, { "a", "x" } } } }, { "$db", "fuzz" } },
        new() { { "find", "fuzz" }, { "filter", new BsonDocument("a", new BsonDocument("$gt", 1)) }, { "$db", "fuzz" } },
        new() { { "hello", 1 }, { "helloOk", true }, { "$db", "admin" } },
        new() { { "delete", "fuzz" }, { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "limit", 0 } } } }, { "$db", "fuzz" } },
    ];

    private static readonly Gen<(int Template, (int Position, byte Value)[] Flips, int Cut, byte[] Tail)> Mutations =
        Gen.Select(
            Gen.Int[0, Templates.Length - 1],
            Gen.Select(Gen.Int[0, 400], Gen.Byte).Array[0, 6],
            Gen.Int[-1, 200],
            Gen.Byte.Array[0, 12]);

    [Fact]
    public async Task Mutated_messages_never_take_the_server_down()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), out var s) ? s : 3;
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { MaxMessageSizeBytes = 1_000_000 });
        var healthy = new MongoClient(server.ConnectionString);
        var admin = healthy.GetDatabase("admin");
        await admin.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));

        Mutations.Sample(m =>
        {
            var bytes = RawWire.OpMsg(Templates[m.Template]);
            foreach (var (position, value) in m.Flips)
            {
                bytes[position % bytes.Length] = value;
            }

            if (m.Cut >= 0 && m.Cut < bytes.Length)
            {
                bytes = bytes[..m.Cut];
            }

            bytes = [.. bytes, .. m.Tail];
            SendOnce(server.Port, bytes).GetAwaiter().GetResult();
        }, time: seconds, threads: 2, iter: 1_000_000);

        var pong = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        Assert.Equal(1.0, pong["ok"].ToDouble());

        // Once the healthy client is gone too, no connection may be left behind.
        ClusterRegistry.Instance.UnregisterAndDisposeCluster(healthy.Cluster);
        for (var i = 0; i < 600 && server.OpenConnections > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, server.OpenConnections);
    }

    private static async Task SendOnce(int port, byte[] bytes)
    {
        await using var wire = await RawWire.ConnectAsync(port);
        try
        {
            await wire.SendAsync(bytes);
        }
        catch (IOException)
        {
            return; // the server already closed a connection it could not frame
        }

        // A reply, a close, or silence while the server waits for the rest of a cut message: all fine.
        await wire.ReceiveAsync(TimeSpan.FromMilliseconds(200));
    }
}
