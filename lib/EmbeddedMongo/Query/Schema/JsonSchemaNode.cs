using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>The $jsonSchema query operator: the document as a whole must satisfy the schema.</summary>
public sealed class JsonSchemaNode(JsonSchema schema) : MatchNode
{
    public JsonSchema Schema { get; } = schema;

    public override bool Matches(BsonDocument document, MatchDetails? details) => Schema.Validate(document, null);
}
