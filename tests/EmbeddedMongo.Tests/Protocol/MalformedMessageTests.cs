using System.Buffers.Binary;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Protocol;

/// <summary>
/// Malformed, truncated and oversized messages close only the offending connection; the server
/// keeps answering everyone else. These talk raw TCP to an embedded server of their own.
/// </summary>
public sealed class MalformedMessageTests : IAsyncLifetime
{
    private EmbeddedMongoServer server = null!;
    private readonly List<string> log = new();

    public async Task InitializeAsync()
        => server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { MaxMessageSizeBytes = 1_000_000, Log = line => { lock (log) { log.Add(line); } } });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static byte[] Header(int length, int opCode)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 7);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), opCode);
        return bytes;
    }

    public static TheoryData<string, byte[]> Garbage => new()
    {
        { "length below the header size", Header(3, 2013) },
        { "length above maxMessageSizeBytes", Header(50_000_000, 2013) },
        { "unknown opcode", [.. Header(21, 9999), 0, 0, 0, 0, 0] },
        { "OP_MSG without a body section", [.. Header(20, 2013), 0, 0, 0, 0] },
        { "OP_MSG with an unknown section kind", [.. Header(26, 2013), 0, 0, 0, 0, 7, 5, 0, 0, 0, 0] },
        { "OP_MSG with required unknown flag bits", RawWireFlags(0x4) },
        { "document length past the end", [.. Header(26, 2013), 0, 0, 0, 0, 0, 99, 0, 0, 0, 0] },
    };

    private static byte[] RawWireFlags(uint flags) => RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, flags: flags);

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_closes_only_that_connection(string what, byte[] bytes)
    {
        await using (var bad = await RawWire.ConnectAsync(server.Port))
        {
            await bad.SendAsync(bytes);
            Assert.Null(await bad.ReceiveAsync());
        }

        for (var i = 0; i < 40 && LogCount() == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(LogCount() > 0, $"no reason logged for {what}");

        await using var good = await RawWire.ConnectAsync(server.Port);
        await good.SendAsync(RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }));
        var reply = await good.ReceiveAsync();
        Assert.Equal(1.0, reply!["ok"].ToDouble());
    }

    [Fact]
    public async Task Truncated_message_closes_the_connection_when_the_client_hangs_up()
    {
        var full = RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } });
        await using (var bad = await RawWire.ConnectAsync(server.Port))
        {
            await bad.SendAsync(full[..(full.Length - 3)]);
        }

        await WaitForConnectionsAsync(0);
        Assert.Equal(0, server.OpenConnections);
    }

    [Fact]
    public async Task Invalid_bson_in_a_well_framed_message_answers_InvalidBSON()
    {
        var message = RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } });
        message[21 + 4] = 0x77; // an element type byte no BSON knows
        await using var wire = await RawWire.ConnectAsync(server.Port);
        await wire.SendAsync(message);
        var reply = await wire.ReceiveAsync();
        Assert.NotNull(reply);
        Assert.Equal(22, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Checksum_flag_is_accepted()
    {
        await using var wire = await RawWire.ConnectAsync(server.Port);
        await wire.SendAsync(RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, withChecksum: true));
        var reply = await wire.ReceiveAsync();
        Assert.Equal(1.0, reply!["ok"].ToDouble());
    }

    [Fact]
    public async Task Missing_db_answers_an_error()
    {
        await using var wire = await RawWire.ConnectAsync(server.Port);
        await wire.SendAsync(RawWire.OpMsg(new BsonDocument("ping", 1)));
        var reply = await wire.ReceiveAsync();
        Assert.Equal(0.0, reply!["ok"].ToDouble());
        Assert.Equal(40571, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Connections_are_closed_after_driver_clients_go_away()
    {
        for (var i = 0; i < 3; i++)
        {
            var client = new MongoClient(server.ConnectionString);
            await client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
            ClusterRegistry.Instance.UnregisterAndDisposeCluster(client.Cluster);
        }

        await WaitForConnectionsAsync(0);
        Assert.True(server.OpenConnections == 0, string.Join("\n", log));
    }

    private int LogCount()
    {
        lock (log)
        {
            return log.Count;
        }
    }

    private async Task WaitForConnectionsAsync(int expected)
    {
        for (var i = 0; i < 100 && server.OpenConnections != expected; i++)
        {
            await Task.Delay(50);
        }
    }
}
