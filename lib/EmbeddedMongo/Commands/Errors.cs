using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// Named factories for MongoDB's error codes (src/mongo/base/error_codes.yml in the server
/// source). Every failure the server reports goes through one of these, so codes and code names
/// never drift apart.
/// </summary>
public static class Errors
{
    public static MongoServerException Make(int code, string codeName, string message, BsonDocument? extra = null)
        => new(code, codeName, message, extra);

    public static MongoServerException InternalError(string message) => Make(1, "InternalError", message);

    public static MongoServerException BadValue(string message) => Make(2, "BadValue", message);

    public static MongoServerException NoSuchKey(string message) => Make(4, "NoSuchKey", message);

    public static MongoServerException GraphContainsCycle(string message) => Make(5, "GraphContainsCycle", message);

    public static MongoServerException FailedToParse(string message) => Make(9, "FailedToParse", message);

    public static MongoServerException Unauthorized(string message) => Make(13, "Unauthorized", message);

    public static MongoServerException TypeMismatch(string message) => Make(14, "TypeMismatch", message);

    public static MongoServerException Overflow(string message) => Make(15, "Overflow", message);

    public static MongoServerException InvalidLength(string message) => Make(16, "InvalidLength", message);

    public static MongoServerException IllegalOperation(string message) => Make(20, "IllegalOperation", message);

    public static MongoServerException InvalidBson(string message) => Make(22, "InvalidBSON", message);

    public static MongoServerException NamespaceNotFound(string message) => Make(26, "NamespaceNotFound", message);

    public static MongoServerException IndexNotFound(string message) => Make(27, "IndexNotFound", message);

    public static MongoServerException PathNotViable(string message) => Make(28, "PathNotViable", message);

    public static MongoServerException ConflictingUpdateOperators(string message) => Make(40, "ConflictingUpdateOperators", message);

    public static MongoServerException CursorNotFound(long cursorId)
        => Make(43, "CursorNotFound", $"cursor id {cursorId} not found");

    public static MongoServerException NamespaceExists(string message) => Make(48, "NamespaceExists", message);

    public static MongoServerException MaxTimeMSExpired()
        => Make(50, "MaxTimeMSExpired", "operation exceeded time limit");

    public static MongoServerException DollarPrefixedFieldName(string message) => Make(52, "DollarPrefixedFieldName", message);

    public static MongoServerException InvalidIdField(string message) => Make(53, "InvalidIdField", message);

    public static MongoServerException NotSingleValueField(string message) => Make(54, "NotSingleValueField", message);

    public static MongoServerException EmptyFieldName(string message) => Make(56, "EmptyFieldName", message);

    public static MongoServerException CommandNotFound(string name)
        => Make(59, "CommandNotFound", $"no such command: '{name}'");

    public static MongoServerException ImmutableField(string message) => Make(66, "ImmutableField", message);

    public static MongoServerException InvalidOptions(string message) => Make(72, "InvalidOptions", message);

    public static MongoServerException InvalidNamespace(string message) => Make(73, "InvalidNamespace", message);

    public static MongoServerException IndexOptionsConflict(string message) => Make(85, "IndexOptionsConflict", message);

    public static MongoServerException IndexKeySpecsConflict(string message) => Make(86, "IndexKeySpecsConflict", message);

    public static MongoServerException AmbiguousIndexKeyPattern(string message) => Make(181, "AmbiguousIndexKeyPattern", message);

    public static MongoServerException InvalidIndexSpecificationOption(string message) => Make(197, "InvalidIndexSpecificationOption", message);

    public static MongoServerException InvalidPipelineOperator(string message) => Make(168, "InvalidPipelineOperator", message);

    public static MongoServerException NotExactValueField(string message) => Make(111, "NotExactValueField", message);

    public static MongoServerException CannotCreateIndex(string message) => Make(67, "CannotCreateIndex", message);

    public static MongoServerException WriteConflict()
    {
        var error = Make(112, "WriteConflict",
            "Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.");
        error.Labels.Add("TransientTransactionError");
        return error;
    }

    public static MongoServerException DocumentValidationFailure(BsonDocument errInfo)
        => Make(121, "DocumentValidationFailure", "Document failed validation", new BsonDocument("errInfo", errInfo));

    public static MongoServerException NoSuchTransaction(long txnNumber)
    {
        var error = Make(251, "NoSuchTransaction", $"Transaction with {{ txnNumber: {txnNumber} }} has been aborted.");
        error.Labels.Add("TransientTransactionError");
        return error;
    }

    /// <summary>NoSuchTransaction with the server's message for a txnNumber that matches no open transaction.</summary>
    public static MongoServerException NoSuchTransaction(long txnNumber, long activeTxnNumber)
    {
        var error = Make(251, "NoSuchTransaction",
            $"Given transaction number {txnNumber} does not match any in-progress transactions. The active transaction number is {activeTxnNumber}");
        error.Labels.Add("TransientTransactionError");
        return error;
    }

    public static MongoServerException ConflictingOperationInProgress(string message) => Make(117, "ConflictingOperationInProgress", message);

    public static MongoServerException TransactionTooOld(string message) => Make(225, "TransactionTooOld", message);

    public static MongoServerException TransactionCommitted(long txnNumber)
        => Make(256, "TransactionCommitted", $"Transaction with {{ txnNumber: {txnNumber} }} has been committed.");

    public static MongoServerException OperationNotSupportedInTransaction(string message) => Make(263, "OperationNotSupportedInTransaction", message);

    public static MongoServerException ChangeStreamFatalError(string message) => Make(280, "ChangeStreamFatalError", message);

    public static MongoServerException ChangeStreamHistoryLost(string message) => Make(286, "ChangeStreamHistoryLost", message);

    public static MongoServerException InvalidResumeToken(string message) => Make(260, "InvalidResumeToken", message);

    public static MongoServerException NoMatchingDocument(string message) => Make(47, "NoMatchingDocument", message);

    public static MongoServerException Location(int code, string message) => Make(code, "Location" + code, message);

    public static MongoServerException DuplicateKey(string ns, string indexName, BsonDocument keyPattern, BsonDocument keyValue)
    {
        var rendered = string.Join(", ", keyValue.Select(e => $"{e.Name}: {RenderForMessage(e.Value)}"));
        var message = $"E11000 duplicate key error collection: {ns} index: {indexName} dup key: {{ {rendered} }}";
        return Make(11000, "DuplicateKey", message, new BsonDocument
        {
            { "keyPattern", keyPattern },
            { "keyValue", keyValue },
        });
    }

    /// <summary>Renders a value the way the server's log and error messages do (shell-like).</summary>
    public static string RenderForMessage(BsonValue value) => value switch
    {
        BsonString s => "\"" + s.Value + "\"",
        _ => value.ToString() ?? string.Empty,
    };
}
