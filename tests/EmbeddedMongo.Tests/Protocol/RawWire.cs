using System.Buffers.Binary;
using System.Net.Sockets;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Protocol;

/// <summary>A raw TCP client that speaks (or mangles) the wire protocol, for robustness tests.</summary>
internal sealed class RawWire : IAsyncDisposable
{
    private readonly TcpClient client = new();
    private NetworkStream stream = null!;

    public static async Task<RawWire> ConnectAsync(int port)
    {
        var wire = new RawWire();
        await wire.client.ConnectAsync("127.0.0.1", port);
        wire.stream = wire.client.GetStream();
        return wire;
    }

    public static byte[] OpMsg(BsonDocument body, int requestId = 1, uint flags = 0, bool withChecksum = false)
    {
        var payload = body.ToBson();
        var length = 16 + 4 + 1 + payload.Length + (withChecksum ? 4 : 0);
        var bytes = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), requestId);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), 2013);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), flags | (withChecksum ? 1u : 0u));
        bytes[20] = 0;
        payload.CopyTo(bytes, 21);
        return bytes;
    }

    public Task SendAsync(byte[] bytes) => stream.WriteAsync(bytes).AsTask();

    /// <summary>Reads one OP_MSG reply body, or null when the server closed the connection.</summary>
    public async Task<BsonDocument?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var header = new byte[16];
        try
        {
            var n = await stream.ReadAtLeastAsync(header, 16, throwOnEndOfStream: false, cts.Token);
            if (n < 16)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            var rest = new byte[length - 16];
            await stream.ReadExactlyAsync(rest, cts.Token);
            var opCode = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
            var offset = opCode == 2013 ? 5 : 20;
            var docLength = BinaryPrimitives.ReadInt32LittleEndian(rest.AsSpan(offset));
            return MongoDB.Bson.Serialization.BsonSerializer.Deserialize<BsonDocument>(rest.AsSpan(offset, docLength).ToArray());
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        client.Dispose();
    }
}
