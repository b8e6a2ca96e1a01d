using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// Typed access to command fields with MongoDB's IDL error messages: a wrong type is
/// 14 TypeMismatch ("BSON field 'find.limit' is the wrong type 'string', expected types ...")
/// and an unknown field is 40415 ("BSON field 'find.foo' is an unknown field.").
/// </summary>
public static class CommandArgs
{
    /// <summary>Fields every command may carry (generic arguments of the IDL).</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "$db", "lsid", "txnNumber", "autocommit", "startTransaction", "$clusterTime", "readConcern",
        "writeConcern", "$readPreference", "apiVersion", "apiStrict", "apiDeprecationErrors", "comment",
        "maxTimeMS", "$client", "$audit", "mayBypassWriteBlocking", "$queryOptions", "maxTimeMSOpOnly",
        "databaseVersion", "shardVersion", "clientOperationKey", "readOnly", "stmtId", "stmtIds",
    };

    public static void CheckFields(string command, BsonDocument document, IReadOnlyCollection<string> allowed)
    {
        var first = true;
        foreach (var element in document)
        {
            if (first)
            {
                first = false;
                continue;
            }

            if (!Generic.Contains(element.Name) && !allowed.Contains(element.Name))
            {
                throw Errors.Location(40415, $"BSON field '{command}.{element.Name}' is an unknown field.");
            }
        }
    }

    public static MongoServerException WrongType(string command, string field, BsonValue value, string expected)
        => Errors.TypeMismatch($"BSON field '{command}.{field}' is the wrong type '{TypeName(value)}', expected type{(expected.Contains(',') ? "s" : string.Empty)} '{expected}'");

    public static string TypeName(BsonValue? value) => value?.BsonType switch
    {
        null => "missing",
        BsonType.Double => "double",
        BsonType.String => "string",
        BsonType.Document => "object",
        BsonType.Array => "array",
        BsonType.Binary => "binData",
        BsonType.Undefined => "undefined",
        BsonType.ObjectId => "objectId",
        BsonType.Boolean => "bool",
        BsonType.DateTime => "date",
        BsonType.Null => "null",
        BsonType.RegularExpression => "regex",
        BsonType.JavaScript => "javascript",
        BsonType.Symbol => "symbol",
        BsonType.JavaScriptWithScope => "javascriptWithScope",
        BsonType.Int32 => "int",
        BsonType.Timestamp => "timestamp",
        BsonType.Int64 => "long",
        BsonType.Decimal128 => "decimal",
        BsonType.MinKey => "minKey",
        BsonType.MaxKey => "maxKey",
        _ => value.BsonType.ToString(),
    };

    public static string? OptionalString(BsonDocument command, string field)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value is BsonString s ? s.Value : throw WrongType(command.GetElement(0).Name, field, value, "string");
    }

    public static BsonDocument? OptionalDocument(BsonDocument command, string field)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value as BsonDocument ?? throw WrongType(command.GetElement(0).Name, field, value, "object");
    }

    public static BsonArray? OptionalArray(BsonDocument command, string field)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value as BsonArray ?? throw WrongType(command.GetElement(0).Name, field, value, "array");
    }

    public static bool OptionalBool(BsonDocument command, string field, bool defaultValue)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return defaultValue;
        }

        return value switch
        {
            BsonBoolean b => b.Value,
            _ when BsonOrder.IsNumber(value) => Numeric.ToDouble(value) != 0,
            _ => throw WrongType(command.GetElement(0).Name, field, value, "bool"),
        };
    }

    /// <summary>A whole number given as any numeric type (the IDL's "safeInt64").</summary>
    public static long? OptionalLong(BsonDocument command, string field)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return null;
        }

        if (!BsonOrder.IsNumber(value))
        {
            throw WrongType(command.GetElement(0).Name, field, value, "[long, int, decimal, double]");
        }

        var d = Numeric.ToDouble(value);
        if (d != Math.Floor(d) || double.IsInfinity(d))
        {
            throw Errors.FailedToParse($"Expected field {field} to have a value exactly representable as a 64-bit integer, but found {field}: {value}");
        }

        return value.BsonType == BsonType.Int64 ? value.AsInt64 : (long)d;
    }

    public static string RequireCollectionName(BsonDocument command)
    {
        var first = command.GetElement(0);
        if (first.Value is not BsonString s)
        {
            throw Errors.InvalidNamespace($"collection name has invalid type {TypeName(first.Value)}");
        }

        if (s.Value.Length == 0)
        {
            throw Errors.InvalidNamespace($"Invalid namespace specified '{command.GetValue("$db", "").AsString}.'");
        }

        return s.Value;
    }
}
