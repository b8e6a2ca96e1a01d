using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>A parsed find command, shared by find and explain.</summary>
public sealed class FindRequest
{
    public required string Collection { get; init; }

    public required BsonDocument FilterDocument { get; init; }

    public required Filter Filter { get; init; }

    public BsonDocument? SortDocument { get; init; }

    public SortSpec? Sort { get; init; }

    public Projection? Projection { get; init; }

    public long Skip { get; init; }

    public long? Limit { get; init; }

    public int? BatchSize { get; init; }

    public bool SingleBatch { get; init; }

    public bool NoCursorTimeout { get; init; }

    public BsonValue? Hint { get; init; }

    public static FindRequest Parse(BsonDocument command)
    {
        var collection = CommandArgs.RequireCollectionName(command);
        var filterDocument = CommandArgs.OptionalDocument(command, "filter") ?? new BsonDocument();
        var sortDocument = CommandArgs.OptionalDocument(command, "sort");
        var projection = CommandArgs.OptionalDocument(command, "projection");
        var skip = CommandArgs.OptionalLong(command, "skip") ?? 0;
        if (skip < 0)
        {
            throw Errors.Location(51024, $"BSON field 'skip' value must be >= 0, actual value '{skip}'");
        }

        var limit = CommandArgs.OptionalLong(command, "limit");
        if (limit < 0)
        {
            throw Errors.Location(51024, $"BSON field 'limit' value must be >= 0, actual value '{limit}'");
        }

        var filter = Filter.Parse(filterDocument, LetVariables.Evaluate(CommandArgs.OptionalDocument(command, "let"), DateTime.UtcNow));
        var request = new FindRequest
        {
            Collection = collection,
            FilterDocument = filterDocument,
            Filter = filter,
            SortDocument = sortDocument,
            Sort = SortSpec.Parse(sortDocument),
            Projection = Projection.Parse(projection, filter),
            Skip = skip,
            Limit = limit is 0 ? null : limit,
            BatchSize = CursorReply.BatchSize("find", command.GetValue("batchSize", BsonNull.Value)),
            SingleBatch = CommandArgs.OptionalBool(command, "singleBatch", false),
            NoCursorTimeout = CommandArgs.OptionalBool(command, "noCursorTimeout", false),
            Hint = command.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } hint ? hint : null,
            Min = CommandArgs.OptionalDocument(command, "min"),
            Max = CommandArgs.OptionalDocument(command, "max"),
        };
        if ((request.Min is not null || request.Max is not null) && request.Hint is null)
        {
            throw Errors.Location(51173, "When using min()/max() a hint of which index to use must be provided");
        }

        return request;
    }

    /// <summary>cursor.min(): the inclusive lower bound of the hinted index's key (null when not given).</summary>
    public BsonDocument? Min { get; init; }

    /// <summary>cursor.max(): the exclusive upper bound of the hinted index's key (null when not given).</summary>
    public BsonDocument? Max { get; init; }

    /// <summary>Whether a document's key (the bound's fields, directions from a key-pattern hint) lies in [min, max).</summary>
    private bool InBounds(BsonDocument document)
        => (Min is null || CompareKey(document, Min) >= 0) && (Max is null || CompareKey(document, Max) < 0);

    private int CompareKey(BsonDocument document, BsonDocument bound)
    {
        foreach (var field in bound)
        {
            var direction = Hint is BsonDocument pattern && pattern.GetValue(field.Name, 1) is var d && BsonOrder.IsNumber(d) && Numeric.ToDouble(d) < 0 ? -1 : 1;
            var c = direction * BsonOrder.CompareValues(Lookup(document, field.Name), field.Value);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static BsonValue Lookup(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var part in path.Split('.'))
        {
            if (current is not BsonDocument d || !d.TryGetValue(part, out current!))
            {
                return BsonNull.Value;
            }
        }

        return current;
    }

    /// <summary>Filters, sorts, skips, limits and projects the plan's candidates (lazily when unsorted).</summary>
    public IEnumerable<BsonDocument> Execute(QueryPlan plan)
    {
        var matched = plan.Candidates.Select(c => c.Document).Where(Filter.Matches);
        if (Min is not null || Max is not null)
        {
            matched = matched.Where(InBounds);
        }

        if (Sort is not null && !plan.ProvidesSort)
        {
            matched = Limit is { } top ? TopK(matched, Sort, Skip + top) : matched.OrderBy(d => d, Sort);
        }

        if (Skip > 0)
        {
            matched = matched.Skip((int)Math.Min(Skip, int.MaxValue));
        }

        if (Limit is { } limit)
        {
            matched = matched.Take((int)Math.Min(limit, int.MaxValue));
        }

        return Projection is null ? matched : matched.Select(d => Projection.Apply(d));
    }

    /// <summary>A sort followed by a limit keeps only the top k documents in memory.</summary>
    private static IEnumerable<BsonDocument> TopK(IEnumerable<BsonDocument> source, IComparer<BsonDocument> comparer, long k)
    {
        if (k > 100_000)
        {
            return source.OrderBy(d => d, comparer);
        }

        var kept = new List<(BsonDocument Document, long Sequence)>();
        var seq = 0L;
        var order = Comparer<(BsonDocument Document, long Sequence)>.Create((a, b) =>
        {
            var c = comparer.Compare(a.Document, b.Document);
            return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
        });
        var heap = new SortedSet<(BsonDocument Document, long Sequence)>(order);
        foreach (var document in source)
        {
            heap.Add((document, seq++));
            if (heap.Count > k)
            {
                heap.Remove(heap.Max);
            }
        }

        kept.AddRange(heap);
        return kept.Select(e => e.Document);
    }
}
