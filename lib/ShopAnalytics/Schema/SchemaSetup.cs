using MongoDB.Bson;
using MongoDB.Driver;

namespace ShopAnalytics.Schema;

/// <summary>
/// Creates the shop's collections with their validators (or updates the validators with collMod
/// when a collection exists) and creates the indexes. Running it twice changes nothing.
/// </summary>
public static class SchemaSetup
{
    /// <summary>Validators and indexes, idempotently.</summary>
    public static async Task ApplyAsync(IMongoDatabase database, CancellationToken cancellationToken = default)
    {
        await ApplyValidatorsAsync(database, cancellationToken);
        await ApplyIndexesAsync(database, cancellationToken);
    }

    /// <summary>Creates each collection with its validator, or sets the validator on an existing one (collMod).</summary>
    public static async Task ApplyValidatorsAsync(IMongoDatabase database, CancellationToken cancellationToken = default)
    {
        var existing = await ExistingCollectionsAsync(database, cancellationToken);
        foreach (var name in CollectionNames.All)
        {
            var validator = Validators.For(name) ?? new BsonDocument();
            if (existing.TryGetValue(name, out var options) && IsCurrent(options, validator))
            {
                continue;
            }

            var command = existing.ContainsKey(name)
                ? new BsonDocument { { "collMod", name }, { "validator", validator }, { "validationLevel", "strict" }, { "validationAction", "error" } }
                : new BsonDocument { { "create", name }, { "validator", validator }, { "validationLevel", "strict" }, { "validationAction", "error" } };
            await database.RunCommandAsync<BsonDocument>(command, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Creates the indexes of <see cref="IndexDefinitions"/>; existing identical ones are left as they are.</summary>
    public static async Task ApplyIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken = default)
    {
        foreach (var group in IndexDefinitions.All.GroupBy(i => i.Collection))
        {
            var command = new BsonDocument
            {
                { "createIndexes", group.Key },
                { "indexes", new BsonArray(group.Select(i => i.ToCommandSpec())) },
            };
            await database.RunCommandAsync<BsonDocument>(command, cancellationToken: cancellationToken);
        }
    }

    private static bool IsCurrent(BsonDocument options, BsonDocument validator)
        => options.GetValue("validator", BsonNull.Value) == validator
            && options.GetValue("validationLevel", "strict") == "strict"
            && options.GetValue("validationAction", "error") == "error";

    /// <summary>Existing collections by name, with their options (validator, validationLevel...).</summary>
    private static async Task<Dictionary<string, BsonDocument>> ExistingCollectionsAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        using var cursor = await database.ListCollectionsAsync(cancellationToken: cancellationToken);
        var collections = await cursor.ToListAsync(cancellationToken);
        return collections.ToDictionary(c => c["name"].AsString, c => c.GetValue("options", new BsonDocument()).AsBsonDocument);
    }
}
