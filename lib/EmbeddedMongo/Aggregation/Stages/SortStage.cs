using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$sort: a stable sort by keys in BSON order; followed by $limit it keeps only the top k.</summary>
public sealed class SortStage(SortSpec sort) : IPipelineStage
{
    public string Name => "$sort";

    public SortSpec Sort { get; } = sort;

    /// <summary>Set by the pipeline when a $limit follows: only this many documents are kept.</summary>
    public long? TopK { get; set; }

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(15973, "the $sort key specification must be an object");
        }

        if (document.ElementCount == 0)
        {
            throw Errors.Location(15976, "$sort stage must have at least one sort key");
        }

        foreach (var element in document)
        {
            if (!BsonOrder.IsNumber(element.Value))
            {
                throw Errors.Location(15974, $"Illegal key in $sort specification: {element.Name}: {Errors.RenderForMessage(element.Value)}");
            }
        }

        return new SortStage(SortSpec.Parse(document)!);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
        => TopK is { } k ? TopSorted(input, Sort, k) : input.OrderBy(d => d, Sort);

    /// <summary>The first k documents of a stable sort, holding at most k documents at a time.</summary>
    public static IEnumerable<BsonDocument> TopSorted(IEnumerable<BsonDocument> input, IComparer<BsonDocument> comparer, long k)
    {
        // A max-heap on (key, arrival): the root is the worst document kept so far.
        var worstFirst = Comparer<(BsonDocument Document, long Seq)>.Create((a, b) =>
        {
            var c = comparer.Compare(b.Document, a.Document);
            return c != 0 ? c : b.Seq.CompareTo(a.Seq);
        });
        var heap = new PriorityQueue<(BsonDocument Document, long Seq), (BsonDocument Document, long Seq)>(worstFirst);
        var seq = 0L;
        foreach (var document in input)
        {
            var entry = (document, seq++);
            if (heap.Count < k)
            {
                heap.Enqueue(entry, entry);
            }
            else if (worstFirst.Compare(entry, heap.Peek()) > 0)
            {
                heap.EnqueueDequeue(entry, entry);
            }
        }

        var kept = new List<(BsonDocument Document, long Seq)>(heap.Count);
        while (heap.TryDequeue(out var item, out _))
        {
            kept.Add(item);
        }

        kept.Reverse();
        return kept.Select(e => e.Document);
    }
}
