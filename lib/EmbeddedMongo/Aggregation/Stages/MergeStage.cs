using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $merge: writes each result into a collection, matched on the "on" fields (default _id, others
/// need a unique index): whenMatched replace | keepExisting | merge | fail | [update pipeline with
/// $$new], whenNotMatched insert | discard | fail.
/// </summary>
public sealed class MergeStage : IPipelineStage
{
    private static readonly string[] MatchedModes = ["replace", "keepExisting", "merge", "fail"];
    private static readonly string[] NotMatchedModes = ["insert", "discard", "fail"];

    private readonly string? database;
    private readonly string collection;
    private readonly string[] on;
    private readonly string? whenMatched;
    private readonly Pipeline? updatePipeline;
    private readonly string whenNotMatched;
    private readonly (string Name, Expression Value)[] let;

    private MergeStage(string? database, string collection, string[] on, string? whenMatched, Pipeline? updatePipeline, string whenNotMatched, (string, Expression)[] let)
    {
        this.database = database;
        this.collection = collection;
        this.on = on;
        this.whenMatched = whenMatched;
        this.updatePipeline = updatePipeline;
        this.whenNotMatched = whenNotMatched;
        this.let = let;
    }

    public string Name => "$merge";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!where.IsLast)
        {
            throw Errors.Location(40601, "$merge can only be the final stage in the pipeline");
        }

        if (spec is BsonString into)
        {
            return new MergeStage(null, into.Value, ["_id"], "merge", null, "insert", []);
        }

        if (spec is not BsonDocument document)
        {
            throw Errors.Location(51182, $"$merge only supports a string or object argument, but found {CommandArgs.TypeName(spec)}");
        }

        string? db = null, coll = null, matched = "merge", notMatched = "insert";
        Pipeline? pipeline = null;
        string[] on = ["_id"];
        BsonDocument? letSpec = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "into":
                    (db, coll) = element.Value switch
                    {
                        BsonString s => (null, s.Value),
                        BsonDocument d when d.GetValue("coll", BsonNull.Value) is BsonString c => (d.GetValue("db", BsonNull.Value) is BsonString dbName ? dbName.Value : null, c.Value),
                        _ => throw Errors.Location(51178, $"$merge 'into' field  must be either a string or an object, but found {CommandArgs.TypeName(element.Value)}"),
                    };
                    break;
                case "on":
                    on = element.Value switch
                    {
                        BsonString s => [s.Value],
                        BsonArray { Count: > 0 } a when a.All(v => v is BsonString) => a.Select(v => v.AsString).ToArray(),
                        _ => throw Errors.Location(51186, "$merge 'on' field  must be either a string or an array of strings, but found " + CommandArgs.TypeName(element.Value)),
                    };
                    break;
                case "whenMatched":
                    if (element.Value is BsonArray stages)
                    {
                        matched = null;
                        pipeline = Pipeline.Parse(stages, container: "$merge");
                    }
                    else if (element.Value is BsonString m && MatchedModes.Contains(m.Value))
                    {
                        matched = m.Value;
                    }
                    else
                    {
                        throw Errors.BadValue($"Enumeration value '{element.Value}' for field 'whenMatched' is not a valid value.");
                    }

                    break;
                case "whenNotMatched":
                    notMatched = element.Value is BsonString n && NotMatchedModes.Contains(n.Value)
                        ? n.Value
                        : throw Errors.BadValue($"Enumeration value '{element.Value}' for field 'whenNotMatched' is not a valid value.");
                    break;
                case "let":
                    letSpec = element.Value as BsonDocument ?? throw CommandArgs.WrongType("$merge", "let", element.Value, "object");
                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '$merge.{element.Name}' is an unknown field.");
            }
        }

        if (coll is null)
        {
            throw Errors.Location(40414, "BSON field '$merge.into' is missing but a required field");
        }

        if (letSpec is not null && pipeline is null)
        {
            throw Errors.Location(51199, $"Cannot use 'let' variables with 'whenMatched: {matched}' mode");
        }

        var variables = (letSpec ?? new BsonDocument("new", "$$ROOT")).Select(e => (e.Name, Expression.Parse(e.Value))).ToArray();
        return new MergeStage(db, coll, on, matched, pipeline, notMatched, variables);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var targetDatabase = database ?? context.Database;
        NamespaceRules.CheckCollectionName(targetDatabase, collection);
        var sources = input.ToList();
        context.Storage.Write(() =>
        {
            var target = context.Storage.GetOrCreateCollection(targetDatabase, collection);
            var byId = on is ["_id"];
            if (!byId && !HasUniqueIndexOn(target))
            {
                throw Errors.Location(51183, "Cannot find index to verify that join fields will be unique");
            }

            var keyed = byId ? null : BuildKeyIndex(target);
            var changed = false;
            foreach (var source in sources)
            {
                context.CheckDeadline();
                var document = source.Contains("_id") || !byId ? source : DocumentRules.PrepareForInsert(source);
                var key = KeyOf(document);
                long? recordId = byId ? target.FindById(key[0]) : keyed!.TryGetValue(key, out var rid) ? rid : null;
                if (recordId is { } found)
                {
                    changed |= WriteMatched(context, target, found, document);
                }
                else if (whenNotMatched == "insert")
                {
                    var inserted = DocumentRules.PrepareForInsert(document);
                    Validate(context, target, inserted, null);
                    var newId = target.Insert(inserted);
                    keyed?.Add(key, newId);
                    changed = true;
                }
                else if (whenNotMatched == "fail")
                {
                    throw Errors.Location(13113, "$merge could not find a matching document in the target collection for at least one document in the source collection");
                }
            }

            if (changed)
            {
                context.AfterWrite?.Invoke();
            }

            return 0;
        });
        yield break;
    }

    private bool WriteMatched(PipelineContext context, CollectionStore target, long recordId, BsonDocument source)
    {
        var existing = target.Get(recordId)!;
        BsonDocument updated;
        switch (whenMatched)
        {
            case "keepExisting":
                return false;
            case "fail":
                throw Errors.DuplicateKey(target.Namespace, "_id_", new BsonDocument("_id", 1), new BsonDocument("_id", existing["_id"]));
            case "replace":
                updated = DocumentPaths.ShallowCopy(source);
                break;
            case "merge":
                updated = DocumentPaths.ShallowCopy(existing);
                foreach (var element in source)
                {
                    updated[element.Name] = element.Value;
                }

                break;
            default:
                var evaluation = context.NewEvaluation(source);
                var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
                foreach (var (name, value) in let)
                {
                    variables[name] = value.Evaluate(evaluation) ?? BsonNull.Value;
                }

                updated = updatePipeline!.Execute([existing], context.With(variables)).SingleOrDefault() ?? existing;
                break;
        }

        if (updated.TryGetValue("_id", out var id) && !BsonOrder.Instance.Equals(id, existing["_id"]))
        {
            throw Errors.ImmutableField("$merge failed to update the matching document, did you attempt to modify the _id or the shard key?");
        }

        if (!updated.Contains("_id"))
        {
            updated.InsertAt(0, new BsonElement("_id", existing["_id"]));
        }

        Validate(context, target, updated, existing);
        target.Replace(recordId, updated);
        return true;
    }

    private static void Validate(PipelineContext context, CollectionStore target, BsonDocument document, BsonDocument? previous)
    {
        if (!context.BypassDocumentValidation)
        {
            DocumentValidator.Check(target, document, previous);
        }
    }

    private BsonArray KeyOf(BsonDocument document)
    {
        var key = new BsonArray(on.Length);
        foreach (var field in on)
        {
            var value = DocumentPaths.Get(document, field.Split('.'));
            if (value is null or BsonNull or BsonUndefined or BsonArray)
            {
                throw Errors.Location(51132, "$merge write error: 'on' field cannot be missing, null, undefined or an array");
            }

            key.Add(value);
        }

        return key;
    }

    private bool HasUniqueIndexOn(CollectionStore target)
        => target.Indexes.Any(index =>
            index.Spec.GetValue("unique", false).ToBoolean()
            && index.KeyPattern.ElementCount == on.Length
            && index.KeyPattern.Names.All(on.Contains));

    private Dictionary<BsonValue, long> BuildKeyIndex(CollectionStore target)
    {
        var keyed = new Dictionary<BsonValue, long>(BsonOrder.Instance);
        foreach (var (recordId, document) in target.Scan())
        {
            var key = new BsonArray(on.Select(f => DocumentPaths.Get(document, f.Split('.')) ?? BsonNull.Value));
            keyed.TryAdd(key, recordId);
        }

        return keyed;
    }
}
