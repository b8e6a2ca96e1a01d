using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>Builds errInfo.details for a refused document: which rule failed and why.</summary>
public static class ValidationDetails
{
    public static BsonDocument Explain(BsonDocument validator, BsonDocument document)
        => new()
        {
            { "operatorName", validator.ElementCount == 1 ? validator.GetElement(0).Name : "$and" },
            { "specifiedAs", validator },
            { "reason", "expression did not match" },
        };
}
