using EmbeddedMongo.Query;
using EmbeddedMongo.Query.Update;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// findAndModify: updates, replaces or removes the first document the query matches (in sort
/// order) and returns it as it was before, or after with new: true; may upsert.
/// Replies {lastErrorObject: {n, updatedExisting, upserted}, value, ok}.
/// </summary>
public sealed class FindAndModifyCommand : CommandHandler
{
    public override string Name => "findAndModify";

    public override string Help => "modifies and returns one document: {findAndModify: coll, query, sort, update | remove: true, new, fields, upsert}";

    public override IReadOnlyCollection<string> Fields { get; } =
    [
        "query", "sort", "remove", "update", "new", "fields", "upsert", "bypassDocumentValidation", "arrayFilters", "collation", "hint", "let",
    ];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["query"] = IdlType.Object,
        ["fields"] = IdlType.Object,
        ["sort"] = IdlType.Object,
        ["hint"] = IdlType.IndexHint,
        ["collation"] = IdlType.Object,
        ["arrayFilters"] = IdlType.ArrayOfObjects,
        ["remove"] = IdlType.SafeBool,
        ["update"] = IdlType.UpdateModification,
        ["upsert"] = IdlType.SafeBool,
        ["new"] = IdlType.SafeBool,
        ["bypassDocumentValidation"] = IdlType.SafeBool,
        ["let"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var query = CommandArgs.OptionalDocument(command, "query") ?? new BsonDocument();
        var sort = SortSpec.Parse(CommandArgs.OptionalDocument(command, "sort"));
        var remove = CommandArgs.OptionalBool(command, "remove", false);
        var returnNew = CommandArgs.OptionalBool(command, "new", false);
        var upsert = CommandArgs.OptionalBool(command, "upsert", false);
        var bypass = CommandArgs.OptionalBool(command, "bypassDocumentValidation", false);
        var arrayFilters = CommandArgs.OptionalArray(command, "arrayFilters");
        var filter = Filter.Parse(query, LetVariables.Evaluate(CommandArgs.OptionalDocument(command, "let"), DateTime.UtcNow));
        var projection = Projection.Parse(CommandArgs.OptionalDocument(command, "fields"), filter);
        var hint = command.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null;
        var updateValue = command.GetValue("update", BsonNull.Value);
        if (!updateValue.IsBsonNull && updateValue is not (BsonDocument or BsonArray))
        {
            throw CommandArgs.WrongType("findAndModify", "update", updateValue, "[object, array]");
        }

        if (remove)
        {
            CheckRemoveOptions(updateValue, returnNew, upsert, arrayFilters);
        }
        else if (updateValue.IsBsonNull)
        {
            throw Errors.FailedToParse("Either an update or remove=true must be specified");
        }

        var update = remove ? null : ParsedUpdate.Parse(updateValue, arrayFilters);
        var let = CommandArgs.OptionalDocument(command, "let");
        var now = DateTime.UtcNow;
        var pipeline = update is PipelineUpdate ? UpdateWriter.PipelineFor(context, collectionName, now, let) : null;
        var reply = context.Storage.Write(() => remove
            ? Remove(context, collectionName, query, filter, sort, hint)
            : Update(context, collectionName, query, sort, hint, update!, returnNew, upsert, bypass, () => new UpdateContext
            {
                Now = now,
                Timestamp = context.Server.Clock.Tick,
                Pipeline = pipeline,
            }));
        if (reply["value"] is BsonDocument value && projection is not null)
        {
            reply["value"] = projection.Apply(value);
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }

    private static void CheckRemoveOptions(BsonValue updateValue, bool returnNew, bool upsert, BsonArray? arrayFilters)
    {
        if (!updateValue.IsBsonNull)
        {
            throw Errors.FailedToParse("Cannot specify both an update and remove=true");
        }

        if (upsert)
        {
            throw Errors.FailedToParse("Cannot specify both upsert=true and remove=true ");
        }

        if (returnNew)
        {
            throw Errors.FailedToParse("Cannot specify both new=true and remove=true; 'remove' always returns the deleted document");
        }

        if (arrayFilters is not null)
        {
            throw Errors.FailedToParse("Cannot specify arrayFilters and remove=true");
        }
    }

    private static BsonDocument Remove(CommandContext context, string collectionName, BsonDocument query, Filter filter, SortSpec? sort, BsonValue? hint)
    {
        var collection = context.Storage.FindCollection(context.Database, collectionName);
        var plan = QueryPlanner.Plan(collection, query, sort?.Source, hint);
        IEnumerable<(long RecordId, BsonDocument Document)> matches = plan.Candidates.Where(c => filter.Matches(c.Document));
        if (sort is not null)
        {
            matches = matches.OrderBy(c => c.Document, sort);
        }

        foreach (var (recordId, _) in matches)
        {
            if (collection!.Delete(recordId) is { } removed)
            {
                context.Server.Clock.Tick();
                context.Server.Statistics.CountDeletes(1);
                return new BsonDocument { { "lastErrorObject", new BsonDocument("n", 1) }, { "value", removed } };
            }
        }

        return new BsonDocument { { "lastErrorObject", new BsonDocument("n", 0) }, { "value", BsonNull.Value } };
    }

    private static BsonDocument Update(
        CommandContext context,
        string collectionName,
        BsonDocument query,
        SortSpec? sort,
        BsonValue? hint,
        ParsedUpdate update,
        bool returnNew,
        bool upsert,
        bool bypass,
        Func<UpdateContext> newContext)
    {
        var tally = new UpdateTally();
        var collection = context.Storage.FindCollection(context.Database, collectionName);
        if (collection is not null)
        {
            UpdateWriter.UpdateMatching(collection, query, sort, hint, update, false, bypass, newContext, tally, LetVariables.Evaluate(CommandArgs.OptionalDocument(context.Command, "let"), DateTime.UtcNow));
        }

        var lastError = new BsonDocument { { "n", 0 }, { "updatedExisting", false } };
        BsonValue value = BsonNull.Value;
        if (tally.Matched > 0)
        {
            lastError["n"] = 1;
            lastError["updatedExisting"] = true;
            value = returnNew ? tally.After! : tally.Before!;
        }
        else if (upsert)
        {
            collection ??= context.Storage.GetOrCreateCollection(context.Database, collectionName);
            var inserted = UpdateWriter.Upsert(collection, query, update, bypass, newContext, tally);
            lastError["n"] = 1;
            lastError["upserted"] = inserted["_id"];
            value = returnNew ? inserted : BsonNull.Value;
        }

        if (tally.Wrote)
        {
            context.Server.Clock.Tick();
            context.Server.Statistics.CountUpdates(1);
        }

        return new BsonDocument { { "lastErrorObject", lastError }, { "value", value } };
    }
}
