using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// Applies a collection's validator (validationLevel, validationAction) to a document being
/// written. A refused document raises 121 DocumentValidationFailure with errInfo.
/// </summary>
public static class DocumentValidator
{
    /// <param name="collection">The collection written to.</param>
    /// <param name="document">The new document.</param>
    /// <param name="previous">For updates, the document before the write (validationLevel moderate).</param>
    public static void Check(CollectionStore collection, BsonDocument document, BsonDocument? previous)
    {
        if (!collection.Options.TryGetValue("validator", out var validatorValue) || validatorValue is not BsonDocument validator || validator.ElementCount == 0)
        {
            return;
        }

        var level = collection.Options.GetValue("validationLevel", "strict").AsString;
        if (level == "off")
        {
            return;
        }

        var filter = collection.Validator!;
        if (level == "moderate" && previous is not null && !filter.Matches(previous))
        {
            return;
        }

        if (filter.Matches(document))
        {
            return;
        }

        if (collection.Options.GetValue("validationAction", "error").AsString == "warn")
        {
            return;
        }

        throw Errors.DocumentValidationFailure(new BsonDocument
        {
            { "failingDocumentId", document.GetValue("_id", BsonNull.Value) },
            { "details", ValidationDetails.Explain(validator, document) },
        });
    }
}
