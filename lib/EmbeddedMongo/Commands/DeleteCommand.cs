using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>delete: removes the documents each statement matches (limit 1 or 0 = all).</summary>
public sealed class DeleteCommand : CommandHandler
{
    public override string Name => "delete";

    public override string Help => "deletes documents: {delete: coll, deletes: [{q, limit}], ordered}";

    public override IReadOnlyCollection<string> Fields { get; } = ["deletes", "ordered", "let"];

    private static readonly string[] StatementFields = ["q", "limit", "collation", "hint"];

    private static readonly Dictionary<string, IdlType> StatementTypes = new()
    {
        ["q"] = IdlType.Object,
        ["hint"] = IdlType.IndexHint,
        ["collation"] = IdlType.Object,
    };

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["deletes"] = IdlType.ArrayOfObjects,
        ["ordered"] = IdlType.Bool,
        ["let"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var deletes = CommandArgs.OptionalArray(command, "deletes") ?? throw Errors.Location(40414, "BSON field 'delete.deletes' is missing but a required field");
        var ordered = CommandArgs.OptionalBool(command, "ordered", true);
        var statements = deletes.Select((d, i) => ParseStatement(d as BsonDocument ?? throw CommandArgs.WrongType("delete", $"deletes.{i}", d, "object"))).ToList();
        var writeErrors = new BsonArray();
        var variables = LetVariables.Evaluate(CommandArgs.OptionalDocument(command, "let"), DateTime.UtcNow);
        var removed = context.Storage.Write(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, collectionName);
            var n = 0L;
            for (var i = 0; i < deletes.Count; i++)
            {
                using var collation = Query.Collation.Use(Query.Collation.Parse(deletes[i].AsBsonDocument.GetValue("collation", BsonNull.Value)));
                try
                {
                    var (q, limit) = statements[i];
                    var filter = Filter.Parse(q, variables);
                    if (collection is null)
                    {
                        continue;
                    }

                    n += DeleteMatching(collection, filter, q, limit == 1);
                }
                catch (MongoServerException ex)
                {
                    writeErrors.Add(ex.ToWriteError(i));
                    if (ordered)
                    {
                        break;
                    }
                }
            }

            if (n > 0)
            {
                context.Server.Clock.Tick();
            }

            return n;
        });
        context.Server.Statistics.CountDeletes(removed);
        var reply = new BsonDocument { { "n", removed } };
        if (writeErrors.Count > 0)
        {
            reply["writeErrors"] = writeErrors;
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }

    /// <summary>
    /// Checks one entry of "deletes" the way the server's IDL parses the whole command before running
    /// it: a bad entry fails the command, it is not a write error. A limit that is not a number reads as 0.
    /// </summary>
    private static (BsonDocument Query, long Limit) ParseStatement(BsonDocument statement)
    {
        CommandArgs.CheckFields("delete.deletes", new BsonDocument("delete.deletes", 1).AddRange(statement), StatementFields);
        FieldTypes.Check("delete.deletes", statement, StatementTypes);
        var q = CommandArgs.OptionalDocument(statement, "q") ?? throw Errors.Location(40414, "BSON field 'delete.deletes.q' is missing but a required field");
        if (!statement.TryGetValue("limit", out var limitValue))
        {
            throw Errors.Location(40414, "BSON field 'delete.deletes.limit' is missing but a required field");
        }

        var limit = BsonOrder.IsNumber(limitValue) ? Numeric.ToDouble(limitValue) : 0;
        if (limit is not 0 and not 1)
        {
            throw Errors.FailedToParse($"The limit field in delete objects must be 0 or 1. Got {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return (q, (long)limit);
    }

    private static long DeleteMatching(CollectionStore collection, Filter filter, BsonDocument q, bool justOne)
    {
        var plan = QueryPlanner.Plan(collection, q, null, null);
        var n = 0L;
        foreach (var (rid, document) in plan.Candidates)
        {
            if (!filter.Matches(document))
            {
                continue;
            }

            if (collection.Delete(rid) is not null)
            {
                n++;
                if (justOne)
                {
                    break;
                }
            }
        }

        return n;
    }
}
