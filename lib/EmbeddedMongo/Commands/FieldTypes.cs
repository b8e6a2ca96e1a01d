using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// Checks command fields against their <see cref="IdlType"/> before a command runs, answering a
/// value of the wrong type the way the server's generated IDL parser does (mostly 14 TypeMismatch),
/// so that no handler ever ignores a mistyped option. Null counts as absent.
/// </summary>
public static class FieldTypes
{
    /// <summary>Checks every field of <paramref name="document"/> named in <paramref name="types"/>; <paramref name="context"/> is "find" or "update.updates".</summary>
    public static void Check(string context, BsonDocument document, IReadOnlyDictionary<string, IdlType> types)
    {
        foreach (var element in document)
        {
            if (types.TryGetValue(element.Name, out var type))
            {
                CheckValue(context, element.Name, element.Value, type);
            }
        }
    }

    public static void CheckValue(string context, string field, BsonValue value, IdlType type)
    {
        if (value.IsBsonNull)
        {
            return;
        }

        var problem = type switch
        {
            IdlType.Object => Expect(context, field, value, BsonType.Document, "object"),
            IdlType.Array => Expect(context, field, value, BsonType.Array, "array"),
            IdlType.ArrayOfObjects => ExpectElements(context, field, value, BsonType.Document, "object"),
            IdlType.ArrayOfLongs => ExpectElements(context, field, value, BsonType.Int64, "long"),
            IdlType.String => Expect(context, field, value, BsonType.String, "string"),
            IdlType.Bool => Expect(context, field, value, BsonType.Boolean, "bool"),
            IdlType.Long => Expect(context, field, value, BsonType.Int64, "long"),
            IdlType.Int => Expect(context, field, value, BsonType.Int32, "int"),
            IdlType.SafeBool => value is BsonBoolean || BsonOrder.IsNumber(value) ? null : CommandArgs.WrongType(context, field, value, "[bool, long, int, decimal, double]"),
            IdlType.SafeInt64 => BsonOrder.IsNumber(value) ? null : CommandArgs.WrongType(context, field, value, "[long, int, decimal, double]"),
            IdlType.BoolOrObject => value is BsonBoolean or BsonDocument || BsonOrder.IsNumber(value) ? null : CommandArgs.WrongType(context, field, value, "[bool, object]"),
            IdlType.OptionalBool => value is BsonBoolean ? null : Errors.TypeMismatch($"Field '{field}' should be a boolean value, but found: {CommandArgs.TypeName(value)}"),
            IdlType.FindObject => value is BsonDocument ? null : Errors.TypeMismatch($"Expected field {field} to be of type object"),
            IdlType.FindBool => value is BsonBoolean ? null : Errors.TypeMismatch($"Expected field {field} to be of type bool"),
            IdlType.IndexHint => value is BsonString or BsonDocument ? null : Errors.FailedToParse("Hint must be a string or an object"),
            IdlType.UpdateModification => value is BsonDocument or BsonArray ? null : Errors.FailedToParse("Update argument must be either an object or an array"),
            IdlType.AggregateCursor => value is BsonDocument ? null : Errors.TypeMismatch("cursor field must be missing or an object"),
            IdlType.AggregateExplain => value is BsonBoolean ? null : Errors.TypeMismatch("explain must be a boolean"),
            IdlType.Pipeline => Pipeline(value),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
        if (problem is not null)
        {
            throw problem;
        }
    }

    private static MongoServerException? Expect(string context, string field, BsonValue value, BsonType wanted, string name)
        => value.BsonType == wanted ? null : CommandArgs.WrongType(context, field, value, name);

    private static MongoServerException? ExpectElements(string context, string field, BsonValue value, BsonType wanted, string name)
    {
        if (value is not BsonArray array)
        {
            return CommandArgs.WrongType(context, field, value, "array");
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i].BsonType != wanted)
            {
                return CommandArgs.WrongType(context, $"{field}.{i}", array[i], name);
            }
        }

        return null;
    }

    private static MongoServerException? Pipeline(BsonValue value)
    {
        if (value is not BsonArray stages)
        {
            return Errors.TypeMismatch("'pipeline' option must be specified as an array");
        }

        return stages.All(stage => stage is BsonDocument) ? null : Errors.TypeMismatch("Each element of the 'pipeline' array must be an object");
    }
}
