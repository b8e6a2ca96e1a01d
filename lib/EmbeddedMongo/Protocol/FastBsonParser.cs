using System.Buffers.Binary;
using System.Text;
using MongoDB.Bson;

namespace EmbeddedMongo.Protocol;

/// <summary>
/// A direct BSON-bytes-to-BsonDocument parser for the common types, several times faster than
/// the general serializer (no reader, stream or context objects per document; field names and
/// small integers are shared). It only ever accepts well-formed input: on anything unusual
/// (a rare type, a malformed byte) it gives up and the caller falls back to the library's
/// deserializer, which decides the exact error.
/// </summary>
public static class FastBsonParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Dictionary<int, string[]>? names;

    /// <summary>Parses the document of <paramref name="size"/> bytes at <paramref name="start"/>; null when the fast path cannot.</summary>
    public static BsonDocument? TryParse(byte[] data, int start, int size)
    {
        try
        {
            var position = start;
            var document = ReadDocument(data, ref position, start + size);
            return position == start + size ? document : null;
        }
        catch (FastPathUnavailableException)
        {
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static BsonDocument ReadDocument(byte[] data, ref int position, int limit)
    {
        var size = ReadLength(data, position, limit);
        var end = position + size;
        position += 4;
        var document = new BsonDocument();
        while (true)
        {
            Need(position < end);
            var type = data[position++];
            if (type == 0)
            {
                break;
            }

            var name = ReadName(data, ref position, end);
            document.Add(name, ReadValue(type, data, ref position, end));
        }

        Need(position == end);
        return document;
    }

    private static BsonArray ReadArray(byte[] data, ref int position, int limit)
    {
        var size = ReadLength(data, position, limit);
        var end = position + size;
        position += 4;
        var array = new BsonArray();
        while (true)
        {
            Need(position < end);
            var type = data[position++];
            if (type == 0)
            {
                break;
            }

            SkipName(data, ref position, end);
            array.Add(ReadValue(type, data, ref position, end));
        }

        Need(position == end);
        return array;
    }

    private static BsonValue ReadValue(byte type, byte[] data, ref int position, int end)
    {
        switch (type)
        {
            case 0x01:
            {
                Need(position + 8 <= end);
                var value = BinaryPrimitives.ReadDoubleLittleEndian(data.AsSpan(position));
                position += 8;
                return new BsonDouble(value);
            }

            case 0x02:
                return new BsonString(ReadString(data, ref position, end));
            case 0x03:
                return ReadDocument(data, ref position, end);
            case 0x04:
                return ReadArray(data, ref position, end);
            case 0x07:
            {
                Need(position + 12 <= end);
                var id = new ObjectId(data.AsSpan(position, 12).ToArray());
                position += 12;
                return new BsonObjectId(id);
            }

            case 0x08:
            {
                Need(position < end && data[position] <= 1);
                return (BsonBoolean)(data[position++] == 1);
            }

            case 0x09:
            {
                Need(position + 8 <= end);
                var ms = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(position));
                position += 8;
                return new BsonDateTime(ms);
            }

            case 0x0A:
                return BsonNull.Value;
            case 0x10:
            {
                Need(position + 4 <= end);
                var value = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
                position += 4;
                return (BsonInt32)value;
            }

            case 0x11:
            {
                Need(position + 8 <= end);
                var value = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(position));
                position += 8;
                return new BsonTimestamp(value);
            }

            case 0x12:
            {
                Need(position + 8 <= end);
                var value = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(position));
                position += 8;
                return (BsonInt64)value;
            }

            case 0x13:
            {
                Need(position + 16 <= end);
                var low = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(position));
                var high = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(position + 8));
                position += 16;
                return new BsonDecimal128(Decimal128.FromIEEEBits(high, low));
            }

            case 0xFF:
                return BsonMinKey.Value;
            case 0x7F:
                return BsonMaxKey.Value;
            default:
                // Binary, regex, JavaScript, symbol, undefined, DBPointer...: the general path.
                throw new FastPathUnavailableException();
        }
    }

    private static int ReadLength(byte[] data, int position, int limit)
    {
        Need(position + 5 <= limit);
        var size = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
        Need(size >= 5 && position + size <= limit);
        return size;
    }

    private static string ReadString(byte[] data, ref int position, int end)
    {
        Need(position + 4 <= end);
        var length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
        Need(length >= 1 && position + 4 + length <= end && data[position + 4 + length - 1] == 0);
        var value = StrictUtf8.GetString(data, position + 4, length - 1);
        position += 4 + length;
        return value;
    }

    private static void SkipName(byte[] data, ref int position, int end)
    {
        var zero = Array.IndexOf(data, (byte)0, position, end - position);
        Need(zero >= 0);
        position = zero + 1;
    }

    /// <summary>Field names repeat across documents: decode each distinct one once per thread.</summary>
    private static string ReadName(byte[] data, ref int position, int end)
    {
        var zero = Array.IndexOf(data, (byte)0, position, end - position);
        Need(zero >= 0);
        var span = data.AsSpan(position, zero - position);
        position = zero + 1;
        if (span.Length > 32)
        {
            return StrictUtf8.GetString(span);
        }

        names ??= new Dictionary<int, string[]>();
        var hash = HashName(span);
        if (names.TryGetValue(hash, out var bucket))
        {
            foreach (var candidate in bucket)
            {
                if (Matches(candidate, span))
                {
                    return candidate;
                }
            }
        }

        var decoded = NamePool.Share(StrictUtf8.GetString(span));
        if (names.Count < 4096)
        {
            names[hash] = bucket is null ? [decoded] : [.. bucket, decoded];
        }

        return decoded;
    }

    private static int HashName(ReadOnlySpan<byte> span)
    {
        var hash = new HashCode();
        hash.AddBytes(span);
        return hash.ToHashCode();
    }

    private static bool Matches(string candidate, ReadOnlySpan<byte> span)
    {
        if (candidate.Length != span.Length)
        {
            // Only ASCII names are cached by length equality; others are compared by decoding.
            return StrictUtf8.GetByteCount(candidate) == span.Length && StrictUtf8.GetBytes(candidate).AsSpan().SequenceEqual(span);
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (candidate[i] != span[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Need(bool condition)
    {
        if (!condition)
        {
            throw new FastPathUnavailableException();
        }
    }

    private sealed class FastPathUnavailableException : Exception
    {
    }
}
