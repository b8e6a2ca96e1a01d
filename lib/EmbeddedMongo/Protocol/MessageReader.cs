using System.Buffers.Binary;
using System.Text;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace EmbeddedMongo.Protocol;

/// <summary>
/// Reads and parses framed wire messages. Framing errors raise <see cref="ProtocolException"/>
/// (the caller closes the connection); invalid BSON inside a well-framed message raises
/// <see cref="InvalidBsonException"/> so that the caller can answer with InvalidBSON.
/// </summary>
public static class MessageReader
{
    public const int HeaderLength = 16;

    /// <summary>Reads one whole message, or null at a clean end of stream.</summary>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, int maxMessageSize, CancellationToken cancellationToken)
    {
        var lengthBytes = new byte[4];
        var read = await ReadAtLeastAsync(stream, lengthBytes, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < 4)
        {
            throw new ProtocolException("connection closed inside a message header");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(lengthBytes);
        if (length < HeaderLength)
        {
            throw new ProtocolException($"message length {length} is smaller than the 16-byte header");
        }

        if (length > maxMessageSize)
        {
            throw new ProtocolException($"message length {length} exceeds maxMessageSizeBytes {maxMessageSize}");
        }

        var frame = new byte[length];
        lengthBytes.CopyTo(frame, 0);
        var rest = await ReadAtLeastAsync(stream, frame.AsMemory(4), cancellationToken);
        if (rest < length - 4)
        {
            throw new ProtocolException($"connection closed after {rest + 4} of {length} bytes of a message");
        }

        return frame;
    }

    private static async Task<int> ReadAtLeastAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer[total..], cancellationToken);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>Parses a whole frame into a request.</summary>
    public static WireMessage Parse(byte[] frame)
    {
        var span = frame.AsSpan();
        var requestId = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        var opCode = (OpCode)BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
        return opCode switch
        {
            OpCode.Msg => ParseMsg(frame, requestId),
            OpCode.Query => ParseQuery(frame, requestId),
            OpCode.Compressed => throw new ProtocolException("OP_COMPRESSED received although no compressor was negotiated"),
            _ => throw new ProtocolException($"unsupported opcode {(int)opCode}"),
        };
    }

    private static WireMessage ParseMsg(byte[] frame, int requestId)
    {
        var span = frame.AsSpan();
        if (frame.Length < HeaderLength + 5)
        {
            throw new ProtocolException("OP_MSG too short");
        }

        var flags = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        const uint knownFlags = WireMessage.ChecksumPresent | WireMessage.MoreToCome | WireMessage.ExhaustAllowed;
        if ((flags & 0xFFFF & ~knownFlags) != 0)
        {
            throw new ProtocolException($"OP_MSG has unknown required flag bits 0x{flags:x}");
        }

        var end = frame.Length;
        if ((flags & WireMessage.ChecksumPresent) != 0)
        {
            // The CRC-32C is accepted as present; TCP already protects the bytes on loopback.
            end -= 4;
        }

        var position = HeaderLength + 4;
        BsonDocument? body = null;
        var sequences = new List<(string Name, BsonArray Documents)>();
        while (position < end)
        {
            var kind = frame[position++];
            switch (kind)
            {
                case 0:
                    if (body is not null)
                    {
                        throw new ProtocolException("OP_MSG has more than one body section");
                    }

                    body = ReadDocument(frame, ref position, end);
                    break;
                case 1:
                {
                    if (position + 4 > end)
                    {
                        throw new ProtocolException("OP_MSG document sequence truncated");
                    }

                    var size = BinaryPrimitives.ReadInt32LittleEndian(span[position..]);
                    var sectionEnd = position + size;
                    if (size < 5 || sectionEnd > end)
                    {
                        throw new ProtocolException($"OP_MSG document sequence size {size} is out of bounds");
                    }

                    position += 4;
                    var name = ReadCString(frame, ref position, sectionEnd);
                    var documents = new BsonArray();
                    while (position < sectionEnd)
                    {
                        documents.Add(ReadDocument(frame, ref position, sectionEnd));
                    }

                    sequences.Add((name, documents));
                    break;
                }

                default:
                    throw new ProtocolException($"OP_MSG section kind {kind} is not known");
            }
        }

        if (body is null)
        {
            throw new ProtocolException("OP_MSG has no body section");
        }

        foreach (var (name, documents) in sequences)
        {
            if (body.Contains(name))
            {
                throw new InvalidBsonException($"field '{name}' is given both in the body and as a document sequence");
            }

            body[name] = documents;
        }

        return new WireMessage(requestId, OpCode.Msg, flags, body, null);
    }

    private static WireMessage ParseQuery(byte[] frame, int requestId)
    {
        var span = frame.AsSpan();
        var position = HeaderLength;
        if (frame.Length < position + 4)
        {
            throw new ProtocolException("OP_QUERY too short");
        }

        var flags = BinaryPrimitives.ReadUInt32LittleEndian(span[position..]);
        position += 4;
        var collection = ReadCString(frame, ref position, frame.Length);
        if (position + 8 > frame.Length)
        {
            throw new ProtocolException("OP_QUERY truncated");
        }

        position += 8; // numberToSkip, numberToReturn
        var query = ReadDocument(frame, ref position, frame.Length);
        // A legacy command may wrap itself as {$query: {...}, $readPreference: ...}.
        if (query.TryGetValue("$query", out var inner) && inner is BsonDocument innerDocument)
        {
            query = innerDocument;
        }

        return new WireMessage(requestId, OpCode.Query, flags, query, collection);
    }

    private static string ReadCString(byte[] frame, ref int position, int end)
    {
        var start = position;
        var zero = Array.IndexOf(frame, (byte)0, start, end - start);
        if (zero < 0)
        {
            throw new ProtocolException("unterminated C string");
        }

        position = zero + 1;
        return Encoding.UTF8.GetString(frame, start, zero - start);
    }

    private static BsonDocument ReadDocument(byte[] frame, ref int position, int end)
    {
        if (position + 5 > end)
        {
            throw new ProtocolException("document truncated");
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(position));
        if (size < 5 || position + size > end)
        {
            throw new ProtocolException($"document size {size} is out of bounds");
        }

        if (BsonDepth.Exceeds(frame, position, size))
        {
            throw new InvalidBsonException($"BSONObj exceeded maximum nested object depth: {BsonDepth.MaxAllowable}") { TooDeep = true };
        }

        if (FastBsonParser.TryParse(frame, position, size) is { } fast)
        {
            position += size;
            return fast;
        }

        try
        {
            using var stream = new MemoryStream(frame, position, size, writable: false);
            using var reader = new BsonBinaryReader(stream, new BsonBinaryReaderSettings { MaxDocumentSize = int.MaxValue });
            var document = BsonSerializer.Deserialize<BsonDocument>(reader);
            position += size;
            return document;
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException or BsonSerializationException or DecoderFallbackException or InvalidOperationException)
        {
            throw new InvalidBsonException("invalid BSON: " + ex.Message);
        }
    }
}
