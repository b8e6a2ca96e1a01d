using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$tsSecond and $tsIncrement: the two halves of a BSON timestamp, as longs; null stays null.</summary>
internal static class TimestampParts
{
    public static readonly OperatorTable Table = new(
        ("$tsIncrement", Op.Unary(v => Part("$tsIncrement", 5687302, v, t => t.Increment))),
        ("$tsSecond", Op.Unary(v => Part("$tsSecond", 5687301, v, t => t.Timestamp))));

    private static BsonValue Part(string name, int code, BsonValue? value, Func<BsonTimestamp, long> part) => value switch
    {
        _ when Values.IsNullish(value) => BsonNull.Value,
        BsonTimestamp t => new BsonInt64(part(t)),
        _ => throw Errors.Location(code, $"Argument to {name} must be a timestamp, but is {Values.TypeName(value)}"),
    };
}
