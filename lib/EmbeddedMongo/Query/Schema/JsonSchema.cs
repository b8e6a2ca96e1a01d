using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>
/// A parsed $jsonSchema (MongoDB's draft-4 subset plus bsonType). Each keyword applies only to
/// values of its kind (minimum to numbers, properties to documents...), so a schema validates a
/// value when every keyword does.
/// </summary>
public sealed class JsonSchema(SchemaKeyword[] keywords, BsonDocument source)
{
    public BsonDocument Source { get; } = source;

    /// <summary>The schema's description, which failure reports carry.</summary>
    public string? Description => Source.TryGetValue("description", out var d) && d is BsonString s ? s.Value : null;

    /// <summary>
    /// Whether <paramref name="value"/> satisfies the schema. When <paramref name="failures"/> is not
    /// null every failing keyword adds its errInfo entry there (no short-circuit).
    /// </summary>
    public bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        var valid = true;
        foreach (var keyword in keywords)
        {
            if (!keyword.Validate(value, failures))
            {
                valid = false;
                if (failures is null)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}

/// <summary>One keyword of a schema.</summary>
public abstract class SchemaKeyword
{
    public abstract bool Validate(BsonValue value, List<BsonDocument>? failures);

    /// <summary>A failure entry: operatorName, specifiedAs {keyword: argument}, reason, consideredValue.</summary>
    protected static BsonDocument Failure(string keyword, BsonValue specified, string reason, BsonValue considered) => new()
    {
        { "operatorName", keyword },
        { "specifiedAs", new BsonDocument(keyword, specified) },
        { "reason", reason },
        { "consideredValue", considered },
    };
}
