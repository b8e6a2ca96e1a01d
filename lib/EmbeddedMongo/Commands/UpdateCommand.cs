using EmbeddedMongo.Query;
using EmbeddedMongo.Query.Update;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// update: applies each statement {q, u, upsert, multi, arrayFilters, sort...}; ordered updates
/// stop at the first error, unordered ones go on. Replies {n, nModified, upserted, writeErrors}.
/// </summary>
public sealed class UpdateCommand : CommandHandler
{
    public override string Name => "update";

    public override string Help => "updates documents: {update: coll, updates: [{q, u, upsert, multi, arrayFilters}], ordered}";

    public override IReadOnlyCollection<string> Fields { get; } = ["updates", "ordered", "bypassDocumentValidation", "let"];

    private static readonly string[] StatementFields = ["q", "u", "c", "upsert", "multi", "arrayFilters", "hint", "collation", "sort", "sampleId", "upsertSupplied"];

    private static readonly Dictionary<string, IdlType> StatementTypes = new()
    {
        ["q"] = IdlType.Object,
        ["u"] = IdlType.UpdateModification,
        ["c"] = IdlType.Object,
        ["upsert"] = IdlType.Bool,
        ["multi"] = IdlType.Bool,
        ["arrayFilters"] = IdlType.ArrayOfObjects,
        ["hint"] = IdlType.IndexHint,
        ["collation"] = IdlType.Object,
        ["sort"] = IdlType.Object,
        ["upsertSupplied"] = IdlType.OptionalBool,
    };

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["updates"] = IdlType.ArrayOfObjects,
        ["ordered"] = IdlType.Bool,
        ["bypassDocumentValidation"] = IdlType.SafeBool,
        ["let"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var updates = CommandArgs.OptionalArray(command, "updates") ?? throw Errors.Location(40414, "BSON field 'update.updates' is missing but a required field");
        var ordered = CommandArgs.OptionalBool(command, "ordered", true);
        var bypass = CommandArgs.OptionalBool(command, "bypassDocumentValidation", false);
        var let = CommandArgs.OptionalDocument(command, "let");
        for (var i = 0; i < updates.Count; i++)
        {
            // The server parses every statement before running any: a malformed one fails the command.
            var statement = updates[i] as BsonDocument ?? throw CommandArgs.WrongType("update", $"updates.{i}", updates[i], "object");
            CommandArgs.CheckFields("update.updates", new BsonDocument("update.updates", 1).AddRange(statement), StatementFields);
            FieldTypes.Check("update.updates", statement, StatementTypes);
        }

        var now = DateTime.UtcNow;
        var writeErrors = new BsonArray();
        var upserted = new BsonArray();
        var (matched, modified) = context.Storage.Write(() =>
        {
            var n = 0L;
            var nModified = 0L;
            var wrote = false;
            for (var i = 0; i < updates.Count; i++)
            {
                var tally = new UpdateTally();
                using var collation = Query.Collation.Use(Query.Collation.Parse(updates[i].AsBsonDocument.GetValue("collation", BsonNull.Value)));
                try
                {
                    var statement = UpdateStatement.Parse(updates[i], i);
                    var pipeline = statement.Update is PipelineUpdate ? UpdateWriter.PipelineFor(context, collectionName, now, let, statement.Constants) : null;
                    var newContext = () => new UpdateContext
                    {
                        Now = now,
                        Timestamp = context.Server.Clock.Tick,
                        Pipeline = pipeline,
                    };
                    var collection = context.Storage.FindCollection(context.Database, collectionName);
                    if (collection is not null)
                    {
                        UpdateWriter.UpdateMatching(collection, statement.Query, statement.Sort, statement.Hint, statement.Update, statement.Multi, bypass, newContext, tally, LetVariables.Evaluate(let, now));
                    }

                    if (tally.Matched == 0 && statement.Upsert)
                    {
                        collection ??= context.Storage.GetOrCreateCollection(context.Database, collectionName);
                        var document = UpdateWriter.Upsert(collection, statement.Query, statement.Update, bypass, newContext, tally);
                        upserted.Add(new BsonDocument { { "index", i }, { "_id", document["_id"] } });
                    }
                }
                catch (MongoServerException ex)
                {
                    writeErrors.Add(ex.ToWriteError(i));
                    if (ordered)
                    {
                        break;
                    }
                }
                finally
                {
                    n += tally.Matched + (tally.Upserted is null ? 0 : 1);
                    nModified += tally.Modified;
                    wrote |= tally.Wrote;
                }
            }

            if (wrote)
            {
                context.Server.Clock.Tick();
            }

            return (n, nModified);
        });
        context.Server.Statistics.CountUpdates(updates.Count);
        var reply = new BsonDocument
        {
            { "n", (int)Math.Min(matched, int.MaxValue) },
            { "nModified", (int)Math.Min(modified, int.MaxValue) },
        };
        if (upserted.Count > 0)
        {
            reply["upserted"] = upserted;
        }

        if (writeErrors.Count > 0)
        {
            reply["writeErrors"] = writeErrors;
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }

    /// <summary>One entry of "updates", checked the way the server's IDL checks it.</summary>
    private sealed record UpdateStatement(BsonDocument Query, ParsedUpdate Update, bool Upsert, bool Multi, SortSpec? Sort, BsonValue? Hint, BsonDocument? Constants)
    {
        public static UpdateStatement Parse(BsonValue value, int index)
        {
            if (value is not BsonDocument statement)
            {
                throw CommandArgs.WrongType("update", $"updates.{index}", value, "object");
            }

            var named = new BsonDocument("update.updates", 1).AddRange(statement);
            CommandArgs.CheckFields("update.updates", named, StatementFields);
            var query = CommandArgs.OptionalDocument(named, "q") ?? throw Errors.Location(40414, "BSON field 'update.updates.q' is missing but a required field");
            if (!statement.TryGetValue("u", out var u) || u.IsBsonNull)
            {
                throw Errors.Location(40414, "BSON field 'update.updates.u' is missing but a required field");
            }

            if (u is not (BsonDocument or BsonArray))
            {
                throw CommandArgs.WrongType("update.updates", "u", u, "[object, array]");
            }

            var upsert = CommandArgs.OptionalBool(named, "upsert", false);
            var multi = CommandArgs.OptionalBool(named, "multi", false);
            var arrayFilters = CommandArgs.OptionalArray(named, "arrayFilters");
            var sortDocument = CommandArgs.OptionalDocument(named, "sort");
            if (multi && sortDocument is { ElementCount: > 0 })
            {
                throw Errors.InvalidOptions("Cannot specify sort with multi=true");
            }

            var constants = CommandArgs.OptionalDocument(named, "c");
            var update = ParsedUpdate.Parse(u, arrayFilters, constants);
            if (multi && update.IsReplacement)
            {
                throw Errors.FailedToParse("multi update is not supported for replacement-style update");
            }

            Filter.Parse(query);
            var hint = statement.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null;
            return new UpdateStatement(query, update, upsert, multi, SortSpec.Parse(sortDocument), hint, constants);
        }
    }
}
