using System.Buffers.Binary;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace EmbeddedMongo.Protocol;

/// <summary>Frames replies: OP_MSG for everything, OP_REPLY for answers to OP_QUERY.</summary>
public static class MessageWriter
{
    private static int nextRequestId;

    public static byte[] Msg(int responseTo, BsonDocument body, uint flags = 0)
    {
        using var stream = new MemoryStream();
        WriteHeaderPlaceholder(stream);
        Span<byte> flagBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(flagBytes, flags);
        stream.Write(flagBytes);
        stream.WriteByte(0);
        WriteDocument(stream, body);
        return Finish(stream, responseTo, OpCode.Msg);
    }

    public static byte[] Reply(int responseTo, BsonDocument document)
    {
        using var stream = new MemoryStream();
        WriteHeaderPlaceholder(stream);
        Span<byte> fields = stackalloc byte[20];
        BinaryPrimitives.WriteInt32LittleEndian(fields, 8); // AwaitCapable
        BinaryPrimitives.WriteInt64LittleEndian(fields[4..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(fields[12..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(fields[16..], 1);
        stream.Write(fields);
        WriteDocument(stream, document);
        return Finish(stream, responseTo, OpCode.Reply);
    }

    private static void WriteHeaderPlaceholder(MemoryStream stream) => stream.Write(new byte[MessageReader.HeaderLength]);

    private static void WriteDocument(Stream stream, BsonDocument document)
    {
        using var writer = new BsonBinaryWriter(stream, new BsonBinaryWriterSettings { MaxDocumentSize = int.MaxValue });
        BsonSerializer.Serialize(writer, document);
    }

    private static byte[] Finish(MemoryStream stream, int responseTo, OpCode opCode)
    {
        var bytes = stream.ToArray();
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], Interlocked.Increment(ref nextRequestId));
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], responseTo);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], (int)opCode);
        return bytes;
    }
}
