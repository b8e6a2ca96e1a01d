using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$binarySize (UTF-8 bytes of a string, bytes of BinData) and $bsonSize (bytes of a document as BSON); null stays null.</summary>
internal static class DataSize
{
    public static readonly OperatorTable Table = new(
        ("$binarySize", Op.Unary(BinarySize)),
        ("$bsonSize", Op.Unary(BsonSize)));

    private static BsonValue BinarySize(BsonValue? value) => value switch
    {
        _ when Values.IsNullish(value) => BsonNull.Value,
        BsonString s => new BsonInt32(Encoding.UTF8.GetByteCount(s.Value)),
        BsonBinaryData b => new BsonInt32(b.Bytes.Length),
        _ => throw Errors.Location(51276, $"$binarySize requires a string or BinData argument, found: {Values.TypeName(value)}"),
    };

    private static BsonValue BsonSize(BsonValue? value) => value switch
    {
        _ when Values.IsNullish(value) => BsonNull.Value,
        BsonDocument d => new BsonInt32(d.ToBson().Length),
        _ => throw Errors.Location(31393, $"$bsonSize requires a document input, found: {Values.TypeName(value)}"),
    };
}
