using MongoDB.Bson;
using MongoDB.Driver;

namespace ShopAnalytics.Schema;

/// <summary>
/// A document was refused by its collection's validator (MongoDB error 121, DocumentValidationFailure).
/// The message names each field and the rule it broke, read from the server's errInfo.
/// </summary>
public sealed class SchemaViolationException : Exception
{
    public const int DocumentValidationFailure = 121;

    public SchemaViolationException(string collection, BsonValue? documentId, IReadOnlyList<string> problems, BsonDocument? details, Exception? inner)
        : base(Describe(collection, documentId, problems), inner)
    {
        Collection = collection;
        DocumentId = documentId;
        Problems = problems;
        Details = details;
    }

    /// <summary>The collection that refused the document.</summary>
    public string Collection { get; }

    /// <summary>The refused document's _id, when the server reported it.</summary>
    public BsonValue? DocumentId { get; }

    /// <summary>One line per broken rule, such as "price: -1 is below the minimum 0".</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The server's errInfo as it came.</summary>
    public BsonDocument? Details { get; }

    /// <summary>Translates a driver exception carrying error 121 into a <see cref="SchemaViolationException"/>; null for anything else.</summary>
    public static SchemaViolationException? From(Exception exception, string collection)
    {
        var (code, errInfo) = exception switch
        {
            MongoWriteException write when write.WriteError is { } error => (error.Code, error.Details),
            MongoBulkWriteException bulk when bulk.WriteErrors.FirstOrDefault(e => e.Code == DocumentValidationFailure) is { } error => (error.Code, error.Details),
            MongoCommandException command => (command.Code, command.Result.GetValue("errInfo", BsonNull.Value) as BsonDocument),
            _ => (0, null),
        };

        if (code != DocumentValidationFailure)
        {
            return null;
        }

        var id = errInfo?.GetValue("failingDocumentId", BsonNull.Value);
        var problems = errInfo?.GetValue("details", BsonNull.Value) is BsonDocument details
            ? SchemaErrorExplainer.Explain(details)
            : [];
        return new SchemaViolationException(collection, id, problems.Count > 0 ? problems : ["the document does not match the collection's schema"], errInfo, exception);
    }

    private static string Describe(string collection, BsonValue? id, IReadOnlyList<string> problems)
    {
        var which = id is null || id.IsBsonNull ? "a document" : $"document {id.ToJson()}";
        return $"The {collection} collection refused {which}: " + string.Join("; ", problems);
    }
}
