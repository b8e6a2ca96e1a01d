using System.Buffers.Binary;
using System.Text;
using MongoDB.Bson;
using Reliability.Wire;

namespace Reliability.Fuzz;

/// <summary>Hand-made bad messages: broken framing, broken sections, broken BSON. Each must be refused without harm.</summary>
public static class MalformedMessages
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } =
    [
        ("length below the header size", Header(3, 2013)),
        ("length above maxMessageSizeBytes", Header(50_000_000, 2013)),
        ("negative length", Header(-5, 2013)),
        ("header only, body never sent", Header(100, 2013)),
        ("unknown opcode", [.. Header(21, 9999), 0, 0, 0, 0, 0]),
        ("OP_MSG without a body section", [.. Header(20, 2013), 0, 0, 0, 0]),
        ("OP_MSG with an unknown section kind", [.. Header(26, 2013), 0, 0, 0, 0, 7, 5, 0, 0, 0, 0]),
        ("OP_MSG with required unknown flag bits", WithFlags(Ping(), 0x4)),
        ("OP_MSG with the checksum flag but no room for it", WithFlags(Ping(), 0x1)),
        ("document length past the end", [.. Header(26, 2013), 0, 0, 0, 0, 0, 99, 0, 0, 0, 0]),
        ("document length below 5", Body([2, 0, 0, 0, 0])),
        ("document without its terminating zero", Body([8, 0, 0, 0, 0x10, (byte)'a', 0, 1])),
        ("unknown BSON element type", Retyped(Ping(), 0x77)),
        ("string length beyond the document", Body(StringElement(1000, "abc"))),
        ("string without its terminating zero", Body(StringElement(4, "abcd", terminate: false))),
        ("invalid UTF-8 in a string", Body(StringElement(4, "\uFFFF\uFFFF\uFFFF", bytes: [0xC3, 0x28, 0xFF]))),
        ("invalid UTF-8 in a field name", Body([12, 0, 0, 0, 0x10, 0xC3, 0x28, 0, 1, 0, 0, 0, 0])),
        ("nesting 100,000 documents deep", Body(Nested(100_000))),
        ("nesting 201 documents deep", Body(Nested(201))),
        ("a document sequence section with a bad size", [.. Header(31, 2013), 0, 0, 0, 0, 1, 200, 0, 0, 0, (byte)'x', 0, 5, 0, 0, 0, 0]),
    ];

    private static byte[] Ping() => WireMessage.OpMsg(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, 7);

    private static byte[] Header(int length, int opCode)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 7);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), opCode);
        return bytes;
    }

    private static byte[] Body(byte[] document) => WireMessage.OpMsg(document, 7);

    private static byte[] WithFlags(byte[] message, uint flags)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(16), flags);
        return message;
    }

    private static byte[] Retyped(byte[] message, byte type)
    {
        message[21 + 4] = type;
        return message;
    }

    /// <summary>{ s: "..." } with a declared string length that may lie.</summary>
    private static byte[] StringElement(int declared, string text, bool terminate = true, byte[]? bytes = null)
    {
        var content = bytes ?? Encoding.UTF8.GetBytes(text);
        var element = new List<byte> { 0x02, (byte)'s', 0 };
        element.AddRange(BitConverter.GetBytes(declared));
        element.AddRange(content);
        if (terminate)
        {
            element.Add(0);
        }

        var length = 4 + element.Count + 1;
        return [.. BitConverter.GetBytes(length), .. element, 0];
    }

    /// <summary>{ a: { a: { ... } } } nested <paramref name="depth"/> times, well formed (built in place: 7 bytes in and 1 out per level).</summary>
    private static byte[] Nested(int depth)
    {
        var bytes = new byte[(8 * depth) + 5];
        for (var level = depth; level > 0; level--)
        {
            var at = 7 * (depth - level);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), (8 * level) + 5);
            bytes[at + 4] = 0x03;
            bytes[at + 5] = (byte)'a';
        }

        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(7 * depth), 5);
        return bytes;
    }
}
