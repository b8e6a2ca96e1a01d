using System.Buffers.Binary;

namespace EmbeddedMongo.Protocol;

/// <summary>
/// Measures how deeply a raw BSON document nests, without recursion, before anything parses it: the
/// parsers recurse once per level, so a small message nested a million levels deep would otherwise
/// overflow the stack and take the whole process down. MongoDB refuses more than 200 levels
/// (BSONDepth::getMaxAllowableDepth) with 15 Overflow "BSONObj exceeded maximum nested object depth: 200".
/// </summary>
public static class BsonDepth
{
    public const int MaxAllowable = 200;

    /// <summary>
    /// Whether the document at <paramref name="start"/> nests objects and arrays more than
    /// <paramref name="max"/> levels below the top. Malformed input answers false: the parser reports it.
    /// </summary>
    public static bool Exceeds(byte[] data, int start, int size, int max = MaxAllowable)
    {
        var ends = new Stack<int>();
        var end = start + size - 1; // the document's closing 0
        var position = start + 4;
        while (true)
        {
            if (position == end)
            {
                if (ends.Count == 0)
                {
                    return false;
                }

                position++;
                end = ends.Pop();
                continue;
            }

            if (position > end || end >= data.Length)
            {
                return false;
            }

            var type = data[position++];
            var zero = Array.IndexOf(data, (byte)0, position, end - position);
            if (zero < 0)
            {
                return false;
            }

            position = zero + 1;
            if (type is 0x03 or 0x04)
            {
                if (position + 5 > end)
                {
                    return false;
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
                if (length < 5 || position + length - 1 > end)
                {
                    return false;
                }

                if (ends.Count + 1 > max)
                {
                    return true;
                }

                ends.Push(end);
                end = position + length - 1;
                position += 4;
                continue;
            }

            var skip = ValueSize(type, data, position, end);
            if (skip < 0)
            {
                return false;
            }

            position += skip;
        }
    }

    /// <summary>The byte size of a non-document value, or -1 when unknown or out of bounds.</summary>
    private static int ValueSize(byte type, byte[] data, int position, int end)
    {
        int Length(int extra) => position + 4 <= end && BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position)) is var n && n >= 0 && position + 4 + n + extra <= end
            ? 4 + n + extra
            : -1;

        return type switch
        {
            0x01 or 0x09 or 0x11 or 0x12 => 8,
            0x02 or 0x0D or 0x0E => Length(0),
            0x05 => Length(1),
            0x06 or 0x0A or 0x7F or 0xFF => 0,
            0x07 => 12,
            0x08 => 1,
            0x0B => Regex(data, position, end),
            0x0C => Length(12),
            0x0F => position + 4 <= end && BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position)) is var total && total >= 4 && position + total <= end ? total : -1,
            0x10 => 4,
            0x13 => 16,
            _ => -1,
        };
    }

    private static int Regex(byte[] data, int position, int end)
    {
        var first = Array.IndexOf(data, (byte)0, position, end - position);
        if (first < 0)
        {
            return -1;
        }

        var second = Array.IndexOf(data, (byte)0, first + 1, end - first - 1);
        return second < 0 ? -1 : second + 1 - position;
    }
}
