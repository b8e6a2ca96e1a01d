using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// count: the number of documents matching a query, after skip and limit ({n, ok}). Without a
/// query it reads the collection's size (what the driver's EstimatedDocumentCount asks for); a
/// negative limit counts like its absolute value, as the server does.
/// </summary>
public sealed class CountCommand : CommandHandler
{
    public override string Name => "count";

    public override string Help => "counts documents: {count: coll, query, limit, skip, hint}";

    public override IReadOnlyCollection<string> Fields { get; } = ["query", "limit", "skip", "hint", "collation", "fields", "encryptionInformation"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["query"] = IdlType.Object,
        ["hint"] = IdlType.IndexHint,
        ["collation"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var query = CommandArgs.OptionalDocument(command, "query") ?? new BsonDocument();
        var skip = WholeNumber(command, "skip") ?? 0;
        if (skip < 0)
        {
            throw Errors.BadValue($"Expected a non-negative number in: skip: {skip}");
        }

        var limit = WholeNumber(command, "limit") ?? 0;
        if (limit == long.MinValue)
        {
            throw Errors.BadValue("limit value for count cannot be min long");
        }

        limit = Math.Abs(limit);
        var hint = command.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null;
        var filter = Filter.Parse(query);
        context.Server.Statistics.CountQuery();
        var matched = context.Storage.Read(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, collectionName);
            if (collection is null)
            {
                return 0L;
            }

            if (query.ElementCount == 0 && hint is null)
            {
                return collection.Count;
            }

            var plan = QueryPlanner.Plan(collection, query, null, hint);
            var n = 0L;
            foreach (var (_, document) in plan.Candidates)
            {
                if (filter.Matches(document))
                {
                    n++;
                }
            }

            return n;
        });
        var counted = Math.Max(0, matched - skip);
        if (limit > 0)
        {
            counted = Math.Min(counted, limit);
        }

        return Task.FromResult(new BsonDocument
        {
            { "n", counted > int.MaxValue ? new BsonInt64(counted) : new BsonInt32((int)counted) },
            { "ok", 1.0 },
        });
    }

    /// <summary>count's own parsers for limit and skip (count_request.cpp): a non-number is 2 BadValue, not 14.</summary>
    private static long? WholeNumber(BsonDocument command, string field)
    {
        if (!command.TryGetValue(field, out var value) || value.IsBsonNull)
        {
            return null;
        }

        if (!BsonOrder.IsNumber(value))
        {
            throw Errors.BadValue($"{field} value is not a valid number");
        }

        return CommandArgs.OptionalLong(command, field);
    }
}
