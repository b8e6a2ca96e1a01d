using System.Buffers.Binary;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace EmbeddedMongo.Storage.Persistence;

/// <summary>
/// The on-disk framing shared by the journal and the checkpoint: each frame is
/// [int32 payload length][uint32 CRC-32 of the payload][payload: one BSON document].
/// </summary>
public static class FrameFile
{
    public const int HeaderSize = 8;

    public static void Write(Stream stream, BsonDocument document)
    {
        var payload = document.ToBson();
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Crc32.Compute(payload));
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>
    /// Reads whole frames until the end or the first torn, short or damaged frame; reports how many
    /// bytes were good and what was wrong after them.
    /// </summary>
    public static IEnumerable<(BsonDocument Frame, long EndOffset)> Read(Stream stream, Action<long, string> onProblem)
    {
        var header = new byte[HeaderSize];
        long offset = 0;
        while (true)
        {
            var n = stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
            if (n == 0)
            {
                yield break;
            }

            if (n < HeaderSize)
            {
                onProblem(offset, "torn frame header");
                yield break;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            if (length < 5 || length > 1 << 30)
            {
                onProblem(offset, $"impossible frame length {length}");
                yield break;
            }

            var payload = new byte[length];
            if (stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length)
            {
                onProblem(offset, "torn frame");
                yield break;
            }

            if (Crc32.Compute(payload) != crc)
            {
                onProblem(offset, "frame checksum mismatch");
                yield break;
            }

            BsonDocument document;
            try
            {
                using var reader = new BsonBinaryReader(new MemoryStream(payload), new BsonBinaryReaderSettings { MaxDocumentSize = int.MaxValue });
                document = BsonSerializer.Deserialize<BsonDocument>(reader);
            }
            catch (Exception ex) when (ex is FormatException or EndOfStreamException or BsonSerializationException)
            {
                onProblem(offset, "frame is not valid BSON: " + ex.Message);
                yield break;
            }

            offset += HeaderSize + length;
            yield return (document, offset);
        }
    }
}
