using MongoDB.Bson;

namespace EmbeddedMongo.Protocol;

/// <summary>One framed request: the header fields and the command document it carries.</summary>
/// <param name="RequestId">The sender's requestID, echoed as responseTo.</param>
/// <param name="OpCode">OP_MSG or OP_QUERY.</param>
/// <param name="Flags">OP_MSG flag bits (or OP_QUERY flags).</param>
/// <param name="Command">The body with document sequences folded in as arrays.</param>
/// <param name="CollectionName">For OP_QUERY, the full collection name (<c>admin.$cmd</c>).</param>
public sealed record WireMessage(int RequestId, OpCode OpCode, uint Flags, BsonDocument Command, string? CollectionName)
{
    public const uint ChecksumPresent = 1;
    public const uint MoreToCome = 2;
    public const uint ExhaustAllowed = 1 << 16;

    public bool IsMoreToCome => OpCode == OpCode.Msg && (Flags & MoreToCome) != 0;
}
