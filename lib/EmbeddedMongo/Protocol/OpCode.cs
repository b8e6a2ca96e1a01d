namespace EmbeddedMongo.Protocol;

/// <summary>Wire protocol opcodes the server understands (MongoDB manual, "Legacy Opcodes" and "OP_MSG").</summary>
public enum OpCode
{
    Reply = 1,
    Query = 2004,
    Compressed = 2012,
    Msg = 2013,
}
