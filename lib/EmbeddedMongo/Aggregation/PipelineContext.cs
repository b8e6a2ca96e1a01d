using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// What one execution of a pipeline may see: the storage (for $lookup, $unionWith, $out), the
/// database it runs in, $$NOW, the command's <c>let</c> variables and its deadline (maxTimeMS).
/// </summary>
public sealed class PipelineContext
{
    public PipelineContext(StorageEngine storage, string database, string? collection, DateTime now)
    {
        Storage = storage;
        Database = database;
        Collection = collection;
        Now = now;
    }

    public StorageEngine Storage { get; }

    public string Database { get; }

    /// <summary>The collection the pipeline reads (null for <c>aggregate: 1</c>).</summary>
    public string? Collection { get; }

    public DateTime Now { get; }

    /// <summary>User variables visible to expressions ($$name): the command's let and $lookup's let.</summary>
    public Dictionary<string, BsonValue> Variables { get; init; } = new(StringComparer.Ordinal);

    public DateTime? Deadline { get; init; }

    /// <summary>bypassDocumentValidation of the command, for $out and $merge.</summary>
    public bool BypassDocumentValidation { get; init; }

    /// <summary>Called (under the write lock) after $out or $merge changed data, to advance the cluster time.</summary>
    public Action? AfterWrite { get; init; }

    /// <summary>The host:port the server advertises ($collStats reports it).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>A context for a nested pipeline ($lookup, $facet, $unionWith) with extra variables.</summary>
    public PipelineContext With(IReadOnlyDictionary<string, BsonValue>? variables)
    {
        var merged = new Dictionary<string, BsonValue>(Variables, StringComparer.Ordinal);
        if (variables is not null)
        {
            foreach (var (name, value) in variables)
            {
                merged[name] = value;
            }
        }

        return new PipelineContext(Storage, Database, Collection, Now)
        {
            Variables = merged,
            Deadline = Deadline,
            BypassDocumentValidation = BypassDocumentValidation,
            AfterWrite = AfterWrite,
            Host = Host,
        };
    }

    /// <summary>The documents of another collection of this database (none if it does not exist), captured under the read lock.</summary>
    public List<BsonDocument> ReadCollection(string name)
        => Storage.Read(() => Storage.FindCollection(Database, name)?.Scan().ConvertAll(r => r.Document) ?? []);

    /// <summary>A fresh evaluation context; stages reuse one per execution and reset Root per document.</summary>
    public EvaluationContext NewEvaluation(BsonDocument? root = null) => new(root ?? new BsonDocument(), Now, Variables);

    /// <summary>Throws 50 MaxTimeMSExpired once the deadline has passed.</summary>
    public void CheckDeadline()
    {
        if (Deadline is { } deadline && DateTime.UtcNow > deadline)
        {
            throw Errors.MaxTimeMSExpired();
        }
    }

    /// <summary>Passes documents through, checking the deadline every so often.</summary>
    public IEnumerable<BsonDocument> Guarded(IEnumerable<BsonDocument> source)
    {
        if (Deadline is null)
        {
            return source;
        }

        return Iterate(source);
    }

    private IEnumerable<BsonDocument> Iterate(IEnumerable<BsonDocument> source)
    {
        var n = 0;
        CheckDeadline();
        foreach (var document in source)
        {
            if ((++n & 1023) == 0)
            {
                CheckDeadline();
            }

            yield return document;
        }
    }
}
