using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>A replacement document: the whole document is replaced, keeping its _id.</summary>
public sealed class ReplacementUpdate : ParsedUpdate
{
    private readonly BsonDocument replacement;

    private ReplacementUpdate(BsonDocument replacement) => this.replacement = replacement;

    public override bool IsReplacement => true;

    public static ReplacementUpdate Parse(BsonDocument replacement)
    {
        foreach (var element in replacement)
        {
            if (element.Name.StartsWith('$'))
            {
                throw Errors.DollarPrefixedFieldName($"The dollar ($) prefixed field '{element.Name}' in '{element.Name}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.");
            }
        }

        if (replacement.TryGetValue("_id", out var id))
        {
            DocumentRules.CheckId(id);
        }

        return new ReplacementUpdate(replacement);
    }

    public override BsonDocument Apply(BsonDocument original, UpdateContext context) => Replace(original, replacement);

    /// <summary>
    /// The document that replaces <paramref name="original"/>: the original _id first, then the
    /// replacement's fields. A replacement carrying a different _id is refused (66 ImmutableField).
    /// </summary>
    public static BsonDocument Replace(BsonDocument original, BsonDocument replacement)
    {
        var result = new BsonDocument();
        if (original.TryGetValue("_id", out var id))
        {
            if (replacement.TryGetValue("_id", out var newId) && !newId.Equals(id))
            {
                throw Errors.ImmutableField($"After applying the update, the (immutable) field '_id' was found to have been altered to _id: {ValueText.Value(newId)}");
            }

            result["_id"] = id;
        }

        foreach (var element in replacement)
        {
            result[element.Name] = element.Value.DeepClone();
        }

        return result;
    }

    public override BsonDocument BuildUpsert(BsonDocument query, UpdateContext context)
    {
        var seed = UpsertSeed.FromQuery(query, onlyId: true);
        context.Original = seed;
        context.IsInsert = true;
        return WithIdFirst(Apply(seed, context));
    }
}
