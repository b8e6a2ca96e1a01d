using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>The commands explain understands, sorted by name, each turning its command into an <see cref="ExplainedQuery"/>.</summary>
public static class ExplainTargets
{
    public delegate BsonDocument Explainer(CommandContext context, BsonDocument inner, string verbosity);

    private static readonly Dictionary<string, Explainer> Table = new(StringComparer.Ordinal)
    {
        ["aggregate"] = ExplainAggregate,
        ["count"] = ExplainCount,
        ["delete"] = ExplainDelete,
        ["distinct"] = ExplainDistinct,
        ["find"] = ExplainFind,
        ["findAndModify"] = ExplainFindAndModify,
        ["findandmodify"] = ExplainFindAndModify,
        ["update"] = ExplainUpdate,
    };

    public static bool TryGet(string name, out Explainer explainer) => Table.TryGetValue(name, out explainer!);

    private static string Ns(CommandContext context, string collection) => context.Database + "." + collection;

    private static BsonDocument ExplainFind(CommandContext context, BsonDocument inner, string verbosity)
    {
        var request = FindRequest.Parse(inner);
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, request.Collection),
            Filter = request.FilterDocument,
            Sort = request.SortDocument,
            Projection = CommandArgs.OptionalDocument(inner, "projection"),
            Skip = request.Skip,
            Limit = request.Limit,
            Hint = request.Hint,
        };
        return query.Explain(context.Storage, context.Database, request.Collection, verbosity);
    }

    private static BsonDocument ExplainCount(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = CommandArgs.RequireCollectionName(inner);
        var filter = CommandArgs.OptionalDocument(inner, "query") ?? new BsonDocument();
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = filter,
            Skip = CommandArgs.OptionalLong(inner, "skip") ?? 0,
            Limit = CommandArgs.OptionalLong(inner, "limit") is { } l and > 0 ? l : null,
            Hint = inner.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
            RootStage = "COUNT",
            RootStats = n => new BsonDocument("nCounted", n),
        };
        return query.Explain(context.Storage, context.Database, collection, verbosity);
    }

    private static BsonDocument ExplainDistinct(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = CommandArgs.RequireCollectionName(inner);
        var key = CommandArgs.OptionalString(inner, "key") ?? throw Errors.Location(40414, "BSON field 'distinct.key' is missing but a required field");
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = CommandArgs.OptionalDocument(inner, "query") ?? new BsonDocument(),
            Projection = new BsonDocument { { "_id", 0 }, { key, 1 } },
            Hint = inner.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
        };
        return query.Explain(context.Storage, context.Database, collection, verbosity);
    }

    private static BsonDocument ExplainDelete(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = CommandArgs.RequireCollectionName(inner);
        var statement = SingleStatement(inner, "deletes");
        var filter = CommandArgs.OptionalDocument(statement, "q") ?? new BsonDocument();
        var justOne = (CommandArgs.OptionalLong(statement, "limit") ?? 0) == 1;
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = filter,
            Limit = justOne ? 1 : null,
            Hint = statement.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
            RootStage = "DELETE",
            RootStats = n => new BsonDocument("nWouldDelete", n),
        };
        return query.Explain(context.Storage, context.Database, collection, verbosity);
    }

    private static BsonDocument ExplainUpdate(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = CommandArgs.RequireCollectionName(inner);
        var statement = SingleStatement(inner, "updates");
        var multi = CommandArgs.OptionalBool(statement, "multi", false);
        var upsert = CommandArgs.OptionalBool(statement, "upsert", false);
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = CommandArgs.OptionalDocument(statement, "q") ?? new BsonDocument(),
            Limit = multi ? null : 1,
            Hint = statement.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
            RootStage = "UPDATE",
            RootStats = n => new BsonDocument { { "nMatched", n }, { "nWouldModify", n }, { "nWouldUpsert", upsert && n == 0 ? 1 : 0 } },
        };
        return query.Explain(context.Storage, context.Database, collection, verbosity);
    }

    private static BsonDocument ExplainFindAndModify(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = CommandArgs.RequireCollectionName(inner);
        var remove = CommandArgs.OptionalBool(inner, "remove", false);
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = CommandArgs.OptionalDocument(inner, "query") ?? new BsonDocument(),
            Sort = CommandArgs.OptionalDocument(inner, "sort"),
            Limit = 1,
            Hint = inner.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
            RootStage = remove ? "DELETE" : "UPDATE",
            RootStats = n => remove ? new BsonDocument("nWouldDelete", n) : new BsonDocument { { "nMatched", n }, { "nWouldModify", n } },
        };
        return query.Explain(context.Storage, context.Database, collection, verbosity);
    }

    /// <summary>
    /// An aggregate is explained through its leading $match stages (and a $sort right after them),
    /// which is what reads the collection. A pipeline of $match stages only is reported like a find;
    /// otherwise the read is the first entry of "stages" ($cursor) and the other stages follow as given.
    /// </summary>
    private static BsonDocument ExplainAggregate(CommandContext context, BsonDocument inner, string verbosity)
    {
        var collection = inner[0] is BsonString s ? s.Value : throw Errors.InvalidNamespace("aggregate explain needs a collection name");
        var pipeline = CommandArgs.OptionalArray(inner, "pipeline") ?? throw Errors.Location(40414, "BSON field 'aggregate.pipeline' is missing but a required field");
        var matches = new List<BsonDocument>();
        var position = 0;
        while (position < pipeline.Count && pipeline[position] is BsonDocument { ElementCount: 1 } stage && stage.GetElement(0).Name == "$match" && stage[0] is BsonDocument match)
        {
            matches.Add(match);
            position++;
        }

        BsonDocument? sort = null;
        if (position < pipeline.Count && pipeline[position] is BsonDocument { ElementCount: 1 } next && next.GetElement(0).Name == "$sort" && next[0] is BsonDocument sortSpec)
        {
            sort = sortSpec;
        }

        var filter = matches.Count switch
        {
            0 => new BsonDocument(),
            1 => matches[0],
            _ => new BsonDocument("$and", new BsonArray(matches)),
        };
        var query = new ExplainedQuery
        {
            Namespace = Ns(context, collection),
            Filter = filter,
            Sort = sort,
            Hint = inner.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null,
        };
        var explained = query.Explain(context.Storage, context.Database, collection, verbosity);
        if (position == pipeline.Count)
        {
            return explained;
        }

        var stages = new BsonArray { new BsonDocument("$cursor", explained) };
        for (var i = sort is null ? position : position + 1; i < pipeline.Count; i++)
        {
            stages.Add(pipeline[i]);
        }

        return new BsonDocument("stages", stages);
    }

    private static BsonDocument SingleStatement(BsonDocument inner, string field)
    {
        var statements = CommandArgs.OptionalArray(inner, field) ?? throw Errors.Location(40414, $"BSON field '{inner.GetElement(0).Name}.{field}' is missing but a required field");
        if (statements.Count != 1 || statements[0] is not BsonDocument statement)
        {
            throw Errors.InvalidLength($"explained {inner.GetElement(0).Name} must have exactly one statement, found {statements.Count}");
        }

        return statement;
    }
}
