using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// How a query reads a collection: a collection scan or an index scan, the candidate documents it
/// fetched (captured under the storage lock) and the counts explain reports.
/// </summary>
public sealed class QueryPlan
{
    public required string Stage { get; init; }

    public IndexStore? Index { get; init; }

    /// <summary>Index bounds as explain shows them (field -> ["[1, 1]"]).</summary>
    public BsonDocument? IndexBounds { get; init; }

    /// <summary>The documents to test against the full filter, in the order the plan reads them.</summary>
    public required List<(long RecordId, BsonDocument Document)> Candidates { get; init; }

    /// <summary>Whether candidates already come in the order the query's sort asks for.</summary>
    public bool ProvidesSort { get; init; }

    public long KeysExamined { get; init; }

    public long DocsExamined => Candidates.Count;
}
