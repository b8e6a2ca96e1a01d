using System.Buffers.Binary;
using System.Net.Sockets;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Reliability.Wire;

/// <summary>Raw OP_MSG over a socket, for faults no driver would make: a message cut in half, a client that vanishes mid-transaction.</summary>
public sealed class WireMessage : IAsyncDisposable
{
    private readonly TcpClient client = new() { NoDelay = true };
    private NetworkStream stream = null!;

    public static async Task<WireMessage> ConnectAsync(int port, CancellationToken token)
    {
        var wire = new WireMessage();
        await wire.client.ConnectAsync("127.0.0.1", port, token);
        wire.stream = wire.client.GetStream();
        return wire;
    }

    /// <summary>One OP_MSG with a single body section.</summary>
    public static byte[] OpMsg(BsonDocument body, int requestId) => OpMsg(body.ToBson(), requestId);

    /// <summary>One OP_MSG around a body given as raw bytes (which may be anything but BSON).</summary>
    public static byte[] OpMsg(byte[] payload, int requestId)
    {
        var bytes = new byte[21 + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), requestId);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), 2013);
        payload.CopyTo(bytes, 21);
        return bytes;
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken token) => await stream.WriteAsync(bytes, token);

    /// <summary>Sends a command and reads its reply body.</summary>
    public async Task<BsonDocument> RunAsync(BsonDocument command, CancellationToken token)
    {
        await SendAsync(OpMsg(command, Random.Shared.Next()), token);
        var header = new byte[16];
        await stream.ReadExactlyAsync(header, token);
        var rest = new byte[BinaryPrimitives.ReadInt32LittleEndian(header) - 16];
        await stream.ReadExactlyAsync(rest, token);
        var length = BinaryPrimitives.ReadInt32LittleEndian(rest.AsSpan(5));
        return BsonSerializer.Deserialize<BsonDocument>(rest.AsSpan(5, length).ToArray());
    }

    /// <summary>The next reply body; null when the server closed the connection or said nothing in time.</summary>
    public async Task<BsonDocument?> TryReceiveAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var header = new byte[16];
            if (await stream.ReadAtLeastAsync(header, 16, throwOnEndOfStream: false, cts.Token) < 16)
            {
                return null;
            }

            var rest = new byte[BinaryPrimitives.ReadInt32LittleEndian(header) - 16];
            await stream.ReadExactlyAsync(rest, cts.Token);
            var offset = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12)) == 2013 ? 5 : 20;
            var length = BinaryPrimitives.ReadInt32LittleEndian(rest.AsSpan(offset));
            return BsonSerializer.Deserialize<BsonDocument>(rest.AsSpan(offset, length).ToArray());
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    /// <summary>Drops the connection at once (no goodbye, whatever is in flight).</summary>
    public async ValueTask DisposeAsync()
    {
        client.Client.LingerState = new LingerOption(true, 0);
        if (stream is not null)
        {
            await stream.DisposeAsync();
        }

        client.Dispose();
    }
}
