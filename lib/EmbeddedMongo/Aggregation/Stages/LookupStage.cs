using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $lookup: joins each document with documents of another collection of the same database, by
/// localField/foreignField equality (a hash index over the foreign side, built once per
/// execution), by a correlated pipeline with let variables, or both. A following $unwind of the
/// "as" field is absorbed (as the server does), so no intermediate array is built.
/// </summary>
public sealed class LookupStage : IPipelineStage
{
    private readonly string? from;
    private readonly string[] asParts;
    private readonly string[]? localParts;
    private readonly string[]? foreignParts;
    private readonly (string Name, Expression Value)[] let;
    private readonly Pipeline? pipeline;

    private LookupStage(string? from, string @as, string? localField, string? foreignField, (string, Expression)[] let, Pipeline? pipeline)
    {
        this.from = from;
        As = @as;
        asParts = FieldNames.Split(@as);
        localParts = localField is null ? null : FieldNames.Split(localField);
        foreignParts = foreignField is null ? null : FieldNames.Split(foreignField);
        this.let = let;
        this.pipeline = pipeline;
    }

    public string Name => "$lookup";

    /// <summary>The output array field.</summary>
    public string As { get; }

    /// <summary>A $unwind of <see cref="As"/> that directly followed and is executed here.</summary>
    public UnwindStage? AbsorbedUnwind { get; set; }

    /// <summary>
    /// Set when the stage before is a $group: its output documents are new and referenced by nothing
    /// else, so a document joined to one match receives the field in place instead of being copied.
    /// </summary>
    public bool OwnsInput { get; set; }

    /// <summary>
    /// A $match after the absorbed $unwind that reads only fields of <see cref="As"/>, rewritten
    /// relative to the foreign document: foreign documents are tested before anything is copied.
    /// </summary>
    private Query.Filter? absorbedMatch;

    /// <summary>
    /// Absorbs a $match that directly follows this $lookup and its (non-preserving) $unwind when
    /// every field it tests is under <see cref="As"/> (as the server's $lookup + $unwind + $match
    /// coalescence does). False leaves the $match where it is.
    /// </summary>
    public bool TryAbsorb(MatchStage match)
    {
        if (absorbedMatch is not null || AbsorbedUnwind is not { Preserve: false, IndexField: null } || match.Source.ElementCount == 0
            || Relative(match.Source, As + ".") is not { } relative)
        {
            return false;
        }

        try
        {
            absorbedMatch = Query.Filter.Parse(relative);
            return true;
        }
        catch (MongoServerException)
        {
            return false;
        }
    }

    /// <summary>The filter with <paramref name="prefix"/> taken off every field, or null when some condition reads anything else.</summary>
    private static BsonDocument? Relative(BsonDocument filter, string prefix)
    {
        var result = new BsonDocument();
        foreach (var condition in filter)
        {
            if (condition.Name is "$and" or "$or" or "$nor")
            {
                if (condition.Value is not BsonArray clauses)
                {
                    return null;
                }

                var rewritten = new BsonArray(clauses.Count);
                foreach (var clause in clauses)
                {
                    if (clause is not BsonDocument document || Relative(document, prefix) is not { } inner)
                    {
                        return null;
                    }

                    rewritten.Add(inner);
                }

                result.Add(condition.Name, rewritten);
            }
            else if (condition.Name.Length > prefix.Length && condition.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                result.Add(condition.Name[prefix.Length..], condition.Value);
            }
            else
            {
                return null;
            }
        }

        return result;
    }

    private bool Keeps(BsonDocument foreign, PipelineContext context)
        => absorbedMatch is null || (context.Variables.Count == 0 ? absorbedMatch.Matches(foreign) : absorbedMatch.Matches(foreign, context.Variables));

    private List<BsonDocument> Kept(List<BsonDocument> matches, PipelineContext context)
        => absorbedMatch is null ? matches : matches.FindAll(m => Keeps(m, context));

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.FailedToParse("the $lookup specification must be an Object");
        }

        string? from = null, @as = null, localField = null, foreignField = null;
        Pipeline? pipeline = null;
        BsonArray? pipelineSpec = null;
        BsonDocument? letSpec = null;
        foreach (var argument in document)
        {
            switch (argument.Name)
            {
                case "pipeline":
                    pipelineSpec = argument.Value as BsonArray ?? throw Errors.TypeMismatch("'pipeline' option must be specified as an array");
                    pipeline = Pipeline.Parse(pipelineSpec, container: "$lookup");
                    continue;
                case "let":
                    letSpec = argument.Value as BsonDocument
                        ?? throw Errors.FailedToParse($"$lookup argument 'let: {argument.Value}' must be an object, is type {CommandArgs.TypeName(argument.Value)}");
                    continue;
                case "from":
                    from = argument.Value switch
                    {
                        BsonString s => s.Value,
                        BsonDocument { ElementCount: 2 } d when d.GetValue("coll", BsonNull.Value) is BsonString c && d.Contains("db") => c.Value,
                        _ => throw Errors.FailedToParse($"$lookup 'from' field must be a string or an object, but found {CommandArgs.TypeName(argument.Value)}"),
                    };
                    continue;
            }

            if (argument.Value is not BsonString value)
            {
                throw Errors.FailedToParse($"$lookup argument '{argument.Name}' must be a string, found {argument.Name}: {argument.Value}: {CommandArgs.TypeName(argument.Value)}");
            }

            switch (argument.Name)
            {
                case "as":
                    @as = value.Value;
                    break;
                case "localField":
                    localField = value.Value;
                    break;
                case "foreignField":
                    foreignField = value.Value;
                    break;
                default:
                    throw Errors.FailedToParse($"unknown argument to $lookup: {argument.Name}");
            }
        }

        if (from is null && (pipelineSpec is null || pipelineSpec.Count == 0 || pipelineSpec[0] is not BsonDocument first || !first.Contains("$documents")))
        {
            throw Errors.FailedToParse("$lookup stage without explicit collection must have a pipeline with $documents as first stage");
        }

        if (string.IsNullOrEmpty(@as))
        {
            throw Errors.FailedToParse("must specify 'as' field for a $lookup");
        }

        if (pipeline is null)
        {
            if (string.IsNullOrEmpty(localField) || string.IsNullOrEmpty(foreignField))
            {
                throw Errors.FailedToParse("$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified");
            }

            if (letSpec is not null)
            {
                throw Errors.FailedToParse("$lookup with a 'let' argument must also specify 'pipeline'");
            }
        }
        else if (string.IsNullOrEmpty(localField) != string.IsNullOrEmpty(foreignField))
        {
            throw Errors.FailedToParse("$lookup requires both or neither of 'localField' and 'foreignField' to be specified");
        }

        var variables = (letSpec ?? []).Select(e => (e.Name, Expression.Parse(e.Value))).ToArray();
        return new LookupStage(from, @as, NullIfEmpty(localField), NullIfEmpty(foreignField), variables, pipeline);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
        => from is not null && foreignParts is ["_id"] && pipeline is null ? JoinById(input, context) : Join(input, context);

    private IEnumerable<BsonDocument> Join(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        List<BsonDocument>? foreign = null;
        JoinValues.Index? index = null;
        List<BsonDocument>? uncorrelated = null;
        var localValues = new List<BsonValue>();
        var evaluation = context.NewEvaluation();
        var byId = from is not null && foreignParts is ["_id"];
        foreach (var document in input)
        {
            List<BsonDocument> matches;
            if (byId)
            {
                JoinValues.Local(document, localParts!, localValues);
                matches = context.Storage.Read(() => MatchById(context.Storage.FindCollection(context.Database, from!), localValues));
            }
            else if (localParts is not null)
            {
                // With no 'from' the pipeline opens with $documents: mongod matches its documents on
                // the fields right after it, before the rest of the pipeline runs.
                foreign ??= from is null ? pipeline!.Stages[0].Apply([], context).ToList() : ReadForeign(context);
                index ??= new JoinValues.Index(foreign, foreignParts!);
                JoinValues.Local(document, localParts, localValues);
                matches = index.Match(localValues);
            }
            else
            {
                matches = foreign ??= ReadForeign(context);
            }

            if (pipeline is not null)
            {
                if (let.Length == 0 && localParts is null)
                {
                    uncorrelated ??= Run(matches, context).ToList();
                    matches = uncorrelated;
                }
                else
                {
                    evaluation.Root = document;
                    evaluation.Current = document;
                    var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
                    foreach (var (name, value) in let)
                    {
                        variables[name] = value.Evaluate(evaluation) ?? BsonNull.Value;
                    }

                    matches = Run(matches, context.With(variables)).ToList();
                }
            }

            foreach (var output in Outputs(document, Kept(matches, context)))
            {
                yield return output;
            }
        }
    }

    private IEnumerable<BsonDocument> Run(IEnumerable<BsonDocument> matches, PipelineContext context)
        => from is null && localParts is not null
            ? pipeline!.Stages.Skip(1).Aggregate(context.Guarded(matches), (current, stage) => stage.Apply(current, context))
            : pipeline!.Execute(matches, context);

    /// <summary>
    /// Joining on the foreign _id: its unique index answers each value (as the server uses an index),
    /// so no hash index of the whole foreign collection is built. Documents are joined a batch at a
    /// time under one read lock.
    /// </summary>
    private IEnumerable<BsonDocument> JoinById(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        const int BatchSize = 512;
        var batch = new List<BsonDocument>(BatchSize);
        var found = new BsonDocument?[BatchSize];
        var several = new List<BsonDocument>?[BatchSize];
        var localValues = new List<BsonValue>();
        var sequence = new Sequence();
        using var source = input.GetEnumerator();
        var more = true;
        while (more)
        {
            batch.Clear();
            while (batch.Count < BatchSize && (more = source.MoveNext()))
            {
                batch.Add(source.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            context.Storage.Read(() =>
            {
                var collection = context.Storage.FindCollection(context.Database, from!);
                for (var i = 0; i < batch.Count; i++)
                {
                    found[i] = null;
                    several[i] = null;
                    if (collection is null)
                    {
                        continue;
                    }

                    // A plain top-level value (the usual foreign key) needs no collecting.
                    if (!(localParts!.Length == 1 && batch[i].TryGetValue(localParts[0], out var local) && local is not (BsonArray or BsonUndefined)))
                    {
                        JoinValues.Local(batch[i], localParts, localValues);
                        if (localValues.Count != 1)
                        {
                            several[i] = MatchById(collection, localValues);
                            continue;
                        }

                        local = localValues[0];
                    }

                    found[i] = sequence.Next(collection, local);
                }

                return 0;
            });

            for (var i = 0; i < batch.Count; i++)
            {
                if (several[i] is { } matches)
                {
                    foreach (var output in Outputs(batch[i], Kept(matches, context)))
                    {
                        yield return output;
                    }
                }
                else if (AbsorbedUnwind is { IndexField: null } && found[i] is { } match)
                {
                    // The everyday case (one match, unwound): one copy of the document with the match set.
                    if (Keeps(match, context))
                    {
                        if (OwnsInput)
                        {
                            DocumentPaths.Set(batch[i], asParts, 0, match);
                            yield return batch[i];
                        }
                        else
                        {
                            yield return DocumentPaths.CopyWith(batch[i], asParts, match);
                        }
                    }
                }
                else
                {
                    foreach (var output in Outputs(batch[i], found[i] is { } one && Keeps(one, context) ? [one] : []))
                    {
                        yield return output;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Keys often arrive in the foreign collection's storage order (a $group of an order's items
    /// yields orders in the order they were inserted): the record after the last match is tried
    /// before the _id index, as long as that pays (a hit at least one time in four).
    /// </summary>
    private sealed class Sequence
    {
        private long? last;
        private GuessRate ordered;

        public BsonDocument? Next(CollectionStore collection, BsonValue id)
        {
            if (ordered.Worth && last is { } previous)
            {
                var next = collection.RecordAfter(previous);
                var hit = next is { Document: var candidate } && candidate.ElementCount > 0 && candidate.GetElement(0) is { Name: "_id" } first
                    && Query.BsonOrder.Instance.Equals(first.Value, id);
                ordered.Record(hit);

                if (hit)
                {
                    last = next!.Value.RecordId;
                    return next.Value.Document;
                }
            }

            if (collection.FindById(id) is { } recordId)
            {
                last = recordId;
                return collection.Get(recordId);
            }

            return null;
        }
    }

    /// <summary>The document with its matches: unwound when a $unwind was absorbed, else as one array.</summary>
    private IEnumerable<BsonDocument> Outputs(BsonDocument document, List<BsonDocument> matches)
    {
        if (AbsorbedUnwind is not null)
        {
            return AbsorbedUnwind.Unwind(document, new BsonArray(matches));
        }

        return [DocumentPaths.CopyWith(document, asParts, new BsonArray(matches))];
    }

    /// <summary>The foreign documents whose _id equals one of the values, in the collection's order. Call under the read lock.</summary>
    private static List<BsonDocument> MatchById(CollectionStore? collection, List<BsonValue> values)
    {
        if (collection is null)
        {
            return [];
        }

        if (values.Count == 1)
        {
            return collection.FindById(values[0]) is { } only && collection.Get(only) is { } found ? [found] : [];
        }

        var recordIds = new SortedSet<long>();
        foreach (var value in values)
        {
            if (collection.FindById(value) is { } recordId)
            {
                recordIds.Add(recordId);
            }
        }

        return recordIds.Select(collection.Get).OfType<BsonDocument>().ToList();
    }

    /// <summary>The foreign collection's documents, captured once under the storage read lock.</summary>
    private List<BsonDocument> ReadForeign(PipelineContext context) => from is null ? [] : context.ReadCollection(from);
}
