using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>A parsed find projection. Parse once, apply to many documents.</summary>
public sealed class Projection
{
    private readonly BsonDocument spec;

    private Projection(BsonDocument spec) => this.spec = spec;

    public static Projection? Parse(BsonDocument? spec, Filter? filter = null) => spec is null || spec.ElementCount == 0 ? null : new Projection(spec);

    /// <summary>Applies the projection; never mutates <paramref name="document"/>.</summary>
    public BsonDocument Apply(BsonDocument document)
    {
        var result = new BsonDocument();
        var includeId = !spec.TryGetValue("_id", out var idFlag) || idFlag.ToBoolean();
        if (includeId && document.TryGetValue("_id", out var id))
        {
            result["_id"] = id;
        }

        foreach (var element in spec)
        {
            if (element.Name != "_id" && element.Value.ToBoolean() && document.TryGetValue(element.Name, out var value))
            {
                result[element.Name] = value;
            }
        }

        return result;
    }
}
