using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// What a change stream watches (one collection, a database or the whole deployment) and the
/// options of its <c>$changeStream</c> stage.
/// </summary>
public sealed class ChangeStreamSpec
{
    private static readonly string[] Fields =
    [
        "allChangesForCluster", "fullDocument", "fullDocumentBeforeChange", "resumeAfter", "showExpandedEvents",
        "startAfter", "startAtOperationTime", "allowToRunOnConfigDB", "allowToRunOnSystemNS",
    ];

    private static readonly string[] Internal = ["admin", "config", "local"];

    /// <summary>The database watched; null for the whole deployment.</summary>
    public string? Database { get; private init; }

    /// <summary>The collection watched; null for a database or the deployment.</summary>
    public string? Collection { get; private init; }

    /// <summary>default, updateLookup, whenAvailable or required.</summary>
    public string FullDocument { get; private init; } = "default";

    /// <summary>off, whenAvailable or required.</summary>
    public string FullDocumentBeforeChange { get; private init; } = "off";

    public ResumeToken? ResumeAfter { get; private init; }

    public ResumeToken? StartAfter { get; private init; }

    public BsonTimestamp? StartAtOperationTime { get; private init; }

    /// <summary>The cursor's namespace: db.coll, or db.$cmd.aggregate for a database or deployment.</summary>
    public string Namespace => Collection is null ? (Database ?? "admin") + ".$cmd.aggregate" : Database + "." + Collection;

    public static ChangeStreamSpec Parse(string database, BsonValue target, BsonValue stage)
    {
        if (stage is not BsonDocument options)
        {
            throw Errors.Location(50808, "$changeStream stage expects a document as argument");
        }

        CommandArgs.CheckFields("$changeStream", new BsonDocument("$changeStream", 1).AddRange(options), Fields);
        var cluster = options.GetValue("allChangesForCluster", false).ToBoolean();
        string? collection = target is BsonString s ? s.Value : null;
        if (cluster && (database != "admin" || collection is not null))
        {
            throw Errors.InvalidOptions("A $changeStream with 'allChangesForCluster:true' may only be opened on the 'admin' database, and with no collection name");
        }

        if (!cluster && Internal.Contains(database))
        {
            throw Errors.InvalidNamespace($"$changeStream may not be opened on the internal {database} database");
        }

        var spec = new ChangeStreamSpec
        {
            Database = cluster ? null : database,
            Collection = collection,
            FullDocument = Choice(options, "fullDocument", "default", "default", "updateLookup", "whenAvailable", "required"),
            FullDocumentBeforeChange = Choice(options, "fullDocumentBeforeChange", "off", "off", "whenAvailable", "required"),
            ResumeAfter = options.TryGetValue("resumeAfter", out var resume) ? ResumeToken.Parse(resume, "resumeAfter") : null,
            StartAfter = options.TryGetValue("startAfter", out var after) ? ResumeToken.Parse(after, "startAfter") : null,
            StartAtOperationTime = options.TryGetValue("startAtOperationTime", out var at)
                ? at as BsonTimestamp ?? throw CommandArgs.WrongType("$changeStream", "startAtOperationTime", at, "timestamp")
                : null,
        };
        if ((spec.ResumeAfter is null ? 0 : 1) + (spec.StartAfter is null ? 0 : 1) + (spec.StartAtOperationTime is null ? 0 : 1) > 1)
        {
            throw Errors.Location(40674, "Only one type of resume option is allowed, but multiple were found.");
        }

        return spec;
    }

    /// <summary>Whether a logged change belongs to this stream.</summary>
    public bool Covers(ChangeEntry entry)
    {
        if (Database is null)
        {
            return !Internal.Contains(entry.Database);
        }

        if (entry.Database != Database)
        {
            return false;
        }

        return Collection is null || (entry.Collection == Collection && entry.OperationType != "dropDatabase");
    }

    /// <summary>Whether a covered change ends this stream with an invalidate event.</summary>
    public bool InvalidatedBy(ChangeEntry entry) => Database is not null && (Collection is null
        ? entry.OperationType == "dropDatabase"
        : entry.OperationType is "drop" or "rename");

    private static string Choice(BsonDocument options, string field, string fallback, params string[] allowed)
    {
        if (!options.TryGetValue(field, out var value))
        {
            return fallback;
        }

        if (value is not BsonString { Value: var text })
        {
            throw CommandArgs.WrongType("$changeStream", field, value, "string");
        }

        return allowed.Contains(text)
            ? text
            : throw Errors.BadValue($"Enumeration value '{text}' for field '$changeStream.{field}' is not a valid value.");
    }
}
