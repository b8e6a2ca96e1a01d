using System.Buffers.Binary;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Protocol;

/// <summary>
/// A small message nested very deeply must not overflow the server's stack: documents nested more
/// than 200 levels are refused with 15 Overflow, as MongoDB does, and the connection keeps working.
/// The messages are built by hand (the driver's own serializer would recurse just as deeply).
/// </summary>
public sealed class DeepNestingTests : IAsyncLifetime
{
    private EmbeddedMongoServer server = null!;

    public async Task InitializeAsync() => server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { MaxMessageSizeBytes = 16_000_000 });

    public async Task DisposeAsync() => await server.DisposeAsync();

    /// <summary>An OP_MSG {insert: 'deep', $db: 'nest', documents: [{_id: 1, a: Nested(levels)}]}: the body nests levels + 2 deep.</summary>
    private static byte[] Build(int levels)
    {
        using var stream = new MemoryStream();
        var writer = new BinaryWriter(stream);
        var nested = Nested(levels);
        var document = new MemoryStream();
        var body = new BinaryWriter(document);
        body.Write(0);
        WriteElement(body, 0x02, "insert", String("deep"));
        WriteElement(body, 0x02, "$db", String("nest"));
        var item = new MemoryStream();
        var itemWriter = new BinaryWriter(item);
        itemWriter.Write(0);
        WriteElement(itemWriter, 0x10, "_id", BitConverter.GetBytes(1));
        WriteElement(itemWriter, 0x03, "a", nested);
        itemWriter.Write((byte)0);
        var itemBytes = Sized(item);
        var array = new MemoryStream();
        var arrayWriter = new BinaryWriter(array);
        arrayWriter.Write(0);
        WriteElement(arrayWriter, 0x03, "0", itemBytes);
        arrayWriter.Write((byte)0);
        WriteElement(body, 0x04, "documents", Sized(array));
        body.Write((byte)0);
        var bodyBytes = Sized(document);
        writer.Write(16 + 4 + 1 + bodyBytes.Length);
        writer.Write(7);
        writer.Write(0);
        writer.Write(2013);
        writer.Write(0u);
        writer.Write((byte)0);
        writer.Write(bodyBytes);
        return stream.ToArray();
    }

    /// <summary>{a: {a: ... {a: 1}}} with <paramref name="levels"/> documents, written outside in, in one pass.</summary>
    private static byte[] Nested(int levels)
    {
        var inner = new BsonDocument("a", 1).ToBson();
        var result = new byte[inner.Length + ((levels - 1) * 8)];
        var offset = 0;
        var size = result.Length;
        for (var i = 0; i < levels - 1; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(offset), size);
            result[offset + 4] = 0x03;
            result[offset + 5] = (byte)'a';
            result[offset + 6] = 0;
            result[offset + size - 1] = 0;
            offset += 7;
            size -= 8;
        }

        inner.CopyTo(result, offset);
        return result;
    }

    private static byte[] String(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        var result = new byte[4 + bytes.Length + 1];
        BinaryPrimitives.WriteInt32LittleEndian(result, bytes.Length + 1);
        bytes.CopyTo(result, 4);
        return result;
    }

    private static void WriteElement(BinaryWriter writer, byte type, string name, byte[] value)
    {
        writer.Write(type);
        writer.Write(System.Text.Encoding.UTF8.GetBytes(name));
        writer.Write((byte)0);
        writer.Write(value);
    }

    private static byte[] Sized(MemoryStream stream)
    {
        var bytes = stream.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bytes.Length);
        return bytes;
    }

    [Theory]
    [InlineData(199)]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public async Task Deeper_than_200_levels_is_refused_with_Overflow_and_the_server_lives(int levels)
    {
        await using var wire = await RawWire.ConnectAsync(server.Port);
        await wire.SendAsync(Build(levels));

        var reply = await wire.ReceiveAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(reply);
        Assert.Equal(15, reply["code"].AsInt32);
        Assert.Equal("BSONObj exceeded maximum nested object depth: 200", reply["errmsg"].AsString);
        await wire.SendAsync(RawWire.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }));
        Assert.Equal(1.0, (await wire.ReceiveAsync())!["ok"].ToDouble());
    }

    [Fact]
    public async Task Ninety_levels_are_accepted_and_read_back()
    {
        await using var wire = await RawWire.ConnectAsync(server.Port);
        await wire.SendAsync(Build(90));

        var reply = await wire.ReceiveAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1.0, reply!["ok"].ToDouble());
        Assert.Equal(1, reply["n"].ToInt32());
        var client = new MongoClient(server.ConnectionString);
        var stored = await client.GetDatabase("nest").GetCollection<BsonDocument>("deep").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        var depth = 0;
        for (BsonValue value = stored["a"]; value is BsonDocument inner; value = inner["a"])
        {
            depth++;
        }

        Assert.Equal(90, depth);
    }
}
