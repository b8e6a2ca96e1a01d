using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $graphLookup: a recursive search over another collection of the same database. Starting from the
/// startWith values, it finds the documents whose connectToField matches, then follows their
/// connectFromField values breadth first, up to maxDepth, never visiting a document twice; the
/// documents found go into the "as" array, each with its depth in depthField when asked.
/// </summary>
public sealed class GraphLookupStage : IPipelineStage
{
    private readonly string from;
    private readonly string[] asParts;
    private readonly Expression startWith;
    private readonly string[] connectFromParts;
    private readonly string[] connectToParts;
    private readonly long? maxDepth;
    private readonly string[]? depthParts;
    private readonly Filter? restrict;

    private GraphLookupStage(string from, string @as, Expression startWith, string connectFrom, string connectTo, long? maxDepth, string? depthField, Filter? restrict)
    {
        this.from = from;
        asParts = FieldNames.Split(@as);
        this.startWith = startWith;
        connectFromParts = FieldNames.Split(connectFrom);
        connectToParts = FieldNames.Split(connectTo);
        this.maxDepth = maxDepth;
        depthParts = depthField is null ? null : FieldNames.Split(depthField);
        this.restrict = restrict;
    }

    public string Name => "$graphLookup";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.FailedToParse("the $graphLookup stage specification must be an object, but found " + CommandArgs.TypeName(spec));
        }

        string? from = null, @as = null, connectFrom = null, connectTo = null, depthField = null;
        Expression? startWith = null;
        long? maxDepth = null;
        Filter? restrict = null;
        foreach (var argument in document)
        {
            switch (argument.Name)
            {
                case "startWith":
                    startWith = Expression.Parse(argument.Value);
                    break;
                case "maxDepth":
                    maxDepth = ParseMaxDepth(argument.Value);
                    break;
                case "restrictSearchWithMatch":
                    var match = argument.Value as BsonDocument
                        ?? throw Errors.Location(40185, $"restrictSearchWithMatch must be an object, found {CommandArgs.TypeName(argument.Value)}");
                    restrict = Filter.Parse(match);
                    break;
                case "from":
                    from = Text(argument);
                    break;
                case "as":
                    @as = FieldPath(argument);
                    break;
                case "connectFromField":
                    connectFrom = FieldPath(argument);
                    break;
                case "connectToField":
                    connectTo = FieldPath(argument);
                    break;
                case "depthField":
                    depthField = FieldPath(argument);
                    break;
                default:
                    throw Errors.Location(40104, $"Unknown argument to $graphLookup: {argument.Name}");
            }
        }

        if (from is null || @as is null || startWith is null || connectFrom is null || connectTo is null)
        {
            throw Errors.Location(40105, "$graphLookup requires 'from', 'as', 'startWith', 'connectFromField', and 'connectToField' to be specified.");
        }

        return new GraphLookupStage(from, @as, startWith, connectFrom, connectTo, maxDepth, depthField, restrict);
    }

    private static long ParseMaxDepth(BsonValue depth)
    {
        if (!BsonOrder.IsNumber(depth) || Numeric.ToDouble(depth) != Math.Floor(Numeric.ToDouble(depth)))
        {
            throw Errors.Location(40100, $"maxDepth must be an integer, found {depth}");
        }

        return Numeric.ToDouble(depth) < 0
            ? throw Errors.Location(40101, $"maxDepth requires a nonnegative argument, found: {depth}")
            : (long)Numeric.ToDouble(depth);
    }

    private static string Text(BsonElement argument) => argument.Value is BsonString { Value: var text }
        ? text
        : throw Errors.Location(40103, $"expected string as argument for {argument.Name}, found: {argument.Value}");

    private static string FieldPath(BsonElement argument)
    {
        var text = Text(argument);
        return text.StartsWith('$')
            ? throw Errors.Location(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.")
            : text;
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        JoinValues.Index? index = null;
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            index ??= new JoinValues.Index(ReadForeign(context), connectToParts);
            evaluation.Root = document;
            evaluation.Current = document;
            var start = startWith.Evaluate(evaluation);
            var frontier = start switch
            {
                BsonArray array => array.ToList(),
                null => [],
                _ => [start],
            };

            var joined = DocumentPaths.ShallowCopy(document);
            DocumentPaths.Set(joined, asParts, 0, new BsonArray(Search(index, frontier, context)));
            yield return joined;
        }
    }

    /// <summary>Breadth first from the start values; each document is found once, at its smallest depth.</summary>
    private List<BsonDocument> Search(JoinValues.Index index, List<BsonValue> start, PipelineContext context)
    {
        var found = new List<BsonDocument>();
        var visited = new HashSet<BsonDocument>(ReferenceEqualityComparer.Instance);
        var queried = new HashSet<BsonValue>(BsonOrder.Instance);
        var connected = new List<BsonValue>();
        var frontier = start.Where(queried.Add).ToList();
        for (var depth = 0L; frontier.Count > 0 && (maxDepth is null || depth <= maxDepth); depth++)
        {
            var next = new List<BsonValue>();
            foreach (var match in index.Match(frontier))
            {
                if (!visited.Add(match))
                {
                    continue;
                }

                found.Add(depthParts is null ? match : WithDepth(match, depth));
                JoinValues.Local(match, connectFromParts, connected);
                if (connected is [BsonNull] && DocumentPaths.Get(match, connectFromParts) is null)
                {
                    // A document without connectFromField leads nowhere (a missing value is not null).
                    continue;
                }

                next.AddRange(connected.Where(queried.Add));
            }

            frontier = next;
            context.CheckDeadline();
        }

        return found;
    }

    private BsonDocument WithDepth(BsonDocument match, long depth)
    {
        var copy = DocumentPaths.ShallowCopy(match);
        DocumentPaths.Set(copy, depthParts!, 0, new BsonInt64(depth));
        return copy;
    }

    private List<BsonDocument> ReadForeign(PipelineContext context)
    {
        var documents = context.ReadCollection(from);
        return restrict is null ? documents : documents.FindAll(restrict.Matches);
    }
}
