using EmbeddedMongo.Aggregation;
using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Aggregation.Stages;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>aggregate: runs a pipeline over a collection (or, with <c>aggregate: 1</c>, over $documents) and answers with a cursor.</summary>
public sealed class AggregateCommand : CommandHandler
{
    public override string Name => "aggregate";

    public override string Help => "runs an aggregation pipeline: {aggregate: coll|1, pipeline: [...], cursor: {batchSize}, let, explain, hint}";

    public override IReadOnlyCollection<string> Fields { get; } =
    [
        "pipeline", "cursor", "explain", "allowDiskUse", "hint", "let", "collation", "bypassDocumentValidation",
        "fromMongos", "needsMerge", "isMapReduceCommand", "collectionUUID", "exchange", "runtimeConstants",
        "$_requestReshardingResumeToken", "$_isClusterQueryWithoutShardKeyCmd", "$_generateV2ResumeTokens",
        "includeQueryStatsMetrics",
    ];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["pipeline"] = IdlType.Pipeline,
        ["cursor"] = IdlType.AggregateCursor,
        ["explain"] = IdlType.AggregateExplain,
        ["allowDiskUse"] = IdlType.OptionalBool,
        ["bypassDocumentValidation"] = IdlType.SafeBool,
        ["collation"] = IdlType.Object,
        ["let"] = IdlType.Object,
        ["hint"] = IdlType.IndexHint,
        ["needsMerge"] = IdlType.OptionalBool,
        ["fromMongos"] = IdlType.OptionalBool,
        ["isMapReduceCommand"] = IdlType.OptionalBool,
        ["$_requestReshardingResumeToken"] = IdlType.OptionalBool,
        ["$_isClusterQueryWithoutShardKeyCmd"] = IdlType.OptionalBool,
    };

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var request = AggregateRequest.Parse(context.Command, context.Database);
        var now = DateTime.UtcNow;
        var pipelineContext = new PipelineContext(context.Storage, context.Database, request.Collection, now)
        {
            Variables = request.EvaluateLet(now),
            Deadline = context.Deadline,
            BypassDocumentValidation = CommandArgs.OptionalBool(context.Command, "bypassDocumentValidation", false),
            AfterWrite = () => context.Server.Clock.Tick(),
            Host = context.Server.Host,
        };
        context.Server.Statistics.CountQuery();
        var (source, plan) = context.Storage.Read(() => ReadSource(context, request));
        if (request.Explain)
        {
            return AggregateExplain.Build(request, plan);
        }

        var documents = request.Pipeline.Execute(source, pipelineContext);
        var cursor = new EnumeratorCursor(request.Namespace, documents);
        if (request.BatchSize == 0)
        {
            cursor.SessionId = context.SessionId;
            var id = context.Server.Cursors.Register(cursor);
            return CursorReply.Build(request.Namespace, id, "firstBatch", new CursorBatch([], false));
        }

        return await CursorReply.FirstBatchAsync(context, cursor, request.BatchSize);
    }

    /// <summary>Captures the collection's documents under the read lock; a leading $match is planned (index use).</summary>
    private static (IEnumerable<BsonDocument> Source, QueryPlan? Plan) ReadSource(CommandContext context, AggregateRequest request)
    {
        if (request.Collection is null)
        {
            return ([], null);
        }

        var collection = context.Storage.FindCollection(context.Database, request.Collection);
        var filter = request.Pipeline.Stages.Count > 0 && request.Pipeline.Stages[0] is MatchStage match ? match.Source : new BsonDocument();
        var plan = QueryPlanner.Plan(collection, filter, null, request.Hint);
        return (plan.Candidates.Select(c => c.Document), plan);
    }
}

/// <summary>A parsed aggregate command.</summary>
public sealed class AggregateRequest
{
    public string? Collection { get; init; }

    public required string Namespace { get; init; }

    public required Pipeline Pipeline { get; init; }

    public required BsonArray PipelineSpec { get; init; }

    public int? BatchSize { get; init; }

    public bool Explain { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    public static AggregateRequest Parse(BsonDocument command, string database)
    {
        var target = command.GetElement(0).Value;
        string? collection;
        if (target is BsonString s)
        {
            collection = CommandArgs.RequireCollectionName(command);
            NamespaceRules.CheckCollectionName(database, s.Value);
        }
        else if (Query.BsonOrder.IsNumber(target) && Query.Numeric.ToDouble(target) == 1)
        {
            collection = null;
        }
        else
        {
            throw Errors.FailedToParse("Invalid command format: the 'aggregate' field must specify a collection name or 1");
        }

        if (!command.TryGetValue("pipeline", out var pipelineValue))
        {
            throw Errors.Location(40414, "BSON field 'aggregate.pipeline' is missing but a required field");
        }

        if (pipelineValue is not BsonArray pipelineSpec)
        {
            throw CommandArgs.WrongType("aggregate", "pipeline", pipelineValue, "array");
        }

        var explain = CommandArgs.OptionalBool(command, "explain", false);
        var cursor = CommandArgs.OptionalDocument(command, "cursor");
        if (cursor is null && !explain)
        {
            throw Errors.FailedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
        }

        int? batchSize = null;
        if (cursor is not null)
        {
            foreach (var element in cursor)
            {
                if (element.Name != "batchSize")
                {
                    throw Errors.Location(40415, $"BSON field 'cursor.{element.Name}' is an unknown field.");
                }
            }

            batchSize = CursorReply.BatchSize("cursor", cursor.GetValue("batchSize", BsonNull.Value));
        }

        var hint = command.GetValue("hint", BsonNull.Value);
        if (!hint.IsBsonNull && hint is not (BsonString or BsonDocument))
        {
            throw Errors.FailedToParse("hint must be a string or an object");
        }

        var pipeline = Pipeline.Parse(pipelineSpec, databaseLevel: collection is null);
        return new AggregateRequest
        {
            Collection = collection,
            Namespace = database + "." + (collection ?? "$cmd.aggregate"),
            Pipeline = pipeline,
            PipelineSpec = pipelineSpec,
            BatchSize = batchSize,
            Explain = explain,
            Hint = hint.IsBsonNull ? null : hint,
            Let = CommandArgs.OptionalDocument(command, "let"),
        };
    }

    /// <summary>Evaluates the command's let variables once ($$NOW is fixed for the command).</summary>
    public Dictionary<string, BsonValue> EvaluateLet(DateTime now)
    {
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        if (Let is null)
        {
            return variables;
        }

        var context = new EvaluationContext(new BsonDocument(), now);
        foreach (var element in Let)
        {
            var value = Expression.Parse(element.Value).Evaluate(context);
            variables[element.Name] = value ?? BsonNull.Value;
        }

        return variables;
    }
}
