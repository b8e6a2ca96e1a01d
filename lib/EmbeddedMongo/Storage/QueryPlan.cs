using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// How a query reads a collection: a collection scan, an index scan (with its bounds) or an
/// express _id lookup, the candidate documents it fetched (captured under the storage lock) and
/// the counts explain reports.
/// </summary>
public sealed class QueryPlan
{
    /// <summary>COLLSCAN, IXSCAN (always under a FETCH), EXPRESS_IXSCAN, OR (index scans of $or clauses, under a FETCH) or EOF (no collection).</summary>
    public required string Stage { get; init; }

    public IndexStore? Index { get; init; }

    /// <summary>For an OR plan: one index plan per $or clause, whose candidates were united.</summary>
    public IReadOnlyList<QueryPlan> Branches { get; init; } = [];

    /// <summary>Index bounds as explain shows them (field -> ["[1, 1]"]).</summary>
    public BsonDocument? IndexBounds { get; init; }

    /// <summary>"forward" or "backward" (a reversed index scan or a {$natural: -1} scan).</summary>
    public string Direction { get; init; } = "forward";

    /// <summary>The documents to test against the full filter, in the order the plan reads them.</summary>
    public required List<(long RecordId, BsonDocument Document)> Candidates { get; init; }

    /// <summary>Whether candidates already come in the order the query's sort asks for.</summary>
    public bool ProvidesSort { get; init; }

    public long KeysExamined { get; init; }

    public long DocsExamined => Candidates.Count;

    /// <summary>The plan tree as explain's queryPlanner.winningPlan shows it (without filter-dependent wrappers).</summary>
    public BsonDocument Describe(BsonDocument filter)
    {
        switch (Stage)
        {
            case "COLLSCAN":
            {
                var scan = new BsonDocument { { "stage", "COLLSCAN" } };
                if (filter.ElementCount > 0)
                {
                    scan["filter"] = filter;
                }

                scan["direction"] = Direction;
                return scan;
            }

            case "IXSCAN":
            {
                var fetch = new BsonDocument { { "stage", "FETCH" } };
                if (filter.ElementCount > 0)
                {
                    fetch["filter"] = filter;
                }

                fetch["inputStage"] = DescribeIndexScan();
                return fetch;
            }

            case "OR":
            {
                var fetch = new BsonDocument { { "stage", "FETCH" } };
                if (filter.ElementCount > 0)
                {
                    fetch["filter"] = filter;
                }

                fetch["inputStage"] = DescribeOr();
                return fetch;
            }

            case "EXPRESS_IXSCAN":
                return new BsonDocument
                {
                    { "stage", "EXPRESS_IXSCAN" },
                    { "keyPattern", Index!.KeyPattern.ToString() },
                    { "indexName", Index.Name },
                };
            default:
                return new BsonDocument("stage", "EOF");
        }
    }

    /// <summary>The OR stage over its branches' index scans.</summary>
    public BsonDocument DescribeOr() => new()
    {
        { "stage", "OR" },
        { "inputStages", new BsonArray(Branches.Select(b => b.DescribeIndexScan())) },
    };

    public BsonDocument DescribeIndexScan()
    {
        var index = Index!;
        var multikeyPaths = new BsonDocument();
        for (var i = 0; i < index.Paths.Length; i++)
        {
            multikeyPaths[index.Paths[i]] = index.MultikeyPaths[i] ? new BsonArray { index.Paths[i] } : new BsonArray();
        }

        return new BsonDocument
        {
            { "stage", "IXSCAN" },
            { "keyPattern", index.KeyPattern },
            { "indexName", index.Name },
            { "isMultiKey", index.IsMultikey },
            { "multiKeyPaths", multikeyPaths },
            { "isUnique", index.Unique },
            { "isSparse", index.Sparse },
            { "isPartial", index.PartialFilterExpression is not null },
            { "indexVersion", 2 },
            { "direction", Direction },
            { "indexBounds", IndexBounds ?? new BsonDocument() },
        };
    }
}
