using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>The BSON type aliases and numbers of $type and $jsonSchema's bsonType ("BSON Types" in the manual).</summary>
public static class BsonTypeNames
{
    private static readonly (string Name, int Number, BsonType Type)[] Table =
    [
        ("array", 4, BsonType.Array),
        ("binData", 5, BsonType.Binary),
        ("bool", 8, BsonType.Boolean),
        ("date", 9, BsonType.DateTime),
        ("dbPointer", 12, (BsonType)12),
        ("decimal", 19, BsonType.Decimal128),
        ("double", 1, BsonType.Double),
        ("int", 16, BsonType.Int32),
        ("javascript", 13, BsonType.JavaScript),
        ("javascriptWithScope", 15, BsonType.JavaScriptWithScope),
        ("long", 18, BsonType.Int64),
        ("maxKey", 127, BsonType.MaxKey),
        ("minKey", -1, BsonType.MinKey),
        ("null", 10, BsonType.Null),
        ("object", 3, BsonType.Document),
        ("objectId", 7, BsonType.ObjectId),
        ("regex", 11, BsonType.RegularExpression),
        ("string", 2, BsonType.String),
        ("symbol", 14, BsonType.Symbol),
        ("timestamp", 17, BsonType.Timestamp),
        ("undefined", 6, BsonType.Undefined),
    ];

    public static readonly BsonType[] NumberTypes = [BsonType.Double, BsonType.Int32, BsonType.Int64, BsonType.Decimal128];

    private static readonly Dictionary<string, BsonType> ByName = Table.ToDictionary(t => t.Name, t => t.Type, StringComparer.Ordinal);

    private static readonly Dictionary<int, BsonType> ByNumber = Table.ToDictionary(t => t.Number, t => t.Type);

    public static bool TryGetByName(string name, out BsonType type) => ByName.TryGetValue(name, out type);

    public static bool TryGetByNumber(int number, out BsonType type) => ByNumber.TryGetValue(number, out type);

    /// <summary>The alias of a value's type ("int", "string", "object"...).</summary>
    public static string NameOf(BsonValue value) => Commands.CommandArgs.TypeName(value);
}
