namespace EmbeddedMongo.Commands;

/// <summary>
/// The types a command field has in the server's IDL files (src/mongo/idl/basic_types.idl and the
/// commands' own types). Each answers a value of the wrong type in its own words; see <see cref="FieldTypes"/>.
/// </summary>
public enum IdlType
{
    /// <summary>"object": "BSON field 'c.f' is the wrong type 'string', expected type 'object'".</summary>
    Object,

    /// <summary>find's filter, sort, projection...: "Expected field filter to be of type object".</summary>
    FindObject,

    /// <summary>find's oplogReplay: "Expected field oplogReplay to be of type bool".</summary>
    FindBool,

    /// <summary>"array".</summary>
    Array,

    /// <summary>"array&lt;object&gt;": the array, then each element ('c.f.0' ... expected type 'object').</summary>
    ArrayOfObjects,

    /// <summary>"array&lt;long&gt;": the array, then each element ('c.f.0' ... expected type 'long').</summary>
    ArrayOfLongs,

    /// <summary>"string".</summary>
    String,

    /// <summary>"bool": only true or false.</summary>
    Bool,

    /// <summary>"safeBool": a bool or any number.</summary>
    SafeBool,

    /// <summary>"optionalBool": only a bool, "Field 'f' should be a boolean value, but found: string".</summary>
    OptionalBool,

    /// <summary>"safeInt64": any number ('[long, int, decimal, double]').</summary>
    SafeInt64,

    /// <summary>"long": only a 64-bit integer.</summary>
    Long,

    /// <summary>"int": only a 32-bit integer.</summary>
    Int,

    /// <summary>"indexHint": a name or a key pattern, else 9 "Hint must be a string or an object".</summary>
    IndexHint,

    /// <summary>"update_modification": a document or a pipeline, else 9 FailedToParse.</summary>
    UpdateModification,

    /// <summary>aggregate's "pipeline": an array of documents, else 14 with the aggregate parser's message.</summary>
    Pipeline,

    /// <summary>aggregate's "cursor": "cursor field must be missing or an object".</summary>
    AggregateCursor,

    /// <summary>aggregate's "explain": "explain must be a boolean".</summary>
    AggregateExplain,

    /// <summary>a variant of safeBool and a document (create's clusteredIndex).</summary>
    BoolOrObject,
}
