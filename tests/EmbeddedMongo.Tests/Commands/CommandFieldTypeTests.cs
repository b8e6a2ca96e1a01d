using EmbeddedMongo.Commands;
using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

/// <summary>
/// A value of the wrong BSON type in a command field is refused with MongoDB's own code (mostly 14
/// TypeMismatch from the command's IDL), never ignored (ok: 1) and never an InternalError. The rows
/// follow the server's IDL files (find_command.idl, write_ops.idl, aggregate_command.idl, ...):
/// "safeInt64" fields name '[long, int, decimal, double]', "optionalBool" fields accept only a bool
/// ("Field 'x' should be a boolean value"), index hints answer 9 FailedToParse.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class CommandFieldTypeTests(MongoTarget target)
{
    /// <summary>A valid command per name; each row puts one wrong value into one field (a dotted path).</summary>
    internal static readonly Dictionary<string, string> Valid = new()
    {
        ["aggregate"] = "{aggregate: 'items', pipeline: [{$match: {}}], cursor: {}}",
        ["collMod"] = "{collMod: 'items'}",
        ["connectionStatus"] = "{connectionStatus: 1}",
        ["count"] = "{count: 'items'}",
        ["create"] = "{create: 'other'}",
        ["createIndexes"] = "{createIndexes: 'items', indexes: [{key: {a: 1}, name: 'a_1'}]}",
        ["createUser"] = "{createUser: 'someone', pwd: 'secret', roles: []}",
        ["dbStats"] = "{dbStats: 1}",
        ["delete"] = "{delete: 'items', deletes: [{q: {}, limit: 0}]}",
        ["distinct"] = "{distinct: 'items', key: 'a'}",
        ["dropIndexes"] = "{dropIndexes: 'items', index: 'a_1'}",
        ["endSessions"] = "{endSessions: []}",
        ["explain"] = "{explain: {find: 'items'}}",
        ["find"] = "{find: 'items'}",
        ["findAndModify"] = "{findAndModify: 'items', query: {}, update: {$set: {b: 1}}}",
        ["getMore"] = "{getMore: NumberLong(12345), collection: 'items'}",
        ["insert"] = "{insert: 'items', documents: [{a: 2}]}",
        ["killCursors"] = "{killCursors: 'items', cursors: [NumberLong(12345)]}",
        ["listCollections"] = "{listCollections: 1}",
        ["listDatabases"] = "{listDatabases: 1}",
        ["listIndexes"] = "{listIndexes: 'items'}",
        ["renameCollection"] = "{renameCollection: 'DB.items', to: 'DB.renamed'}",
        ["update"] = "{update: 'items', updates: [{q: {}, u: {$set: {b: 1}}}]}",
    };

    private const string Numbers = "expected types '[long, int, decimal, double]'";
    private const string SafeBool = "expected types '[bool, long, int, decimal, double]'";

    public static TheoryData<string, string, string, int, string> WrongTypes => new()
    {
        // aggregate_command.idl
        { "aggregate", "pipeline", "'x'", 14, "pipeline" },
        { "aggregate", "pipeline.0", "1", 14, "Each element of the 'pipeline' array must be an object" },
        { "aggregate", "cursor", "'x'", 14, "cursor field must be missing or an object" },
        { "aggregate", "cursor.batchSize", "'x'", 14, $"BSON field 'cursor.batchSize' is the wrong type 'string', {Numbers}" },
        { "aggregate", "explain", "'x'", 14, "explain must be a boolean" },
        { "aggregate", "allowDiskUse", "'x'", 14, "Field 'allowDiskUse' should be a boolean value, but found: string" },
        { "aggregate", "bypassDocumentValidation", "'x'", 14, $"BSON field 'aggregate.bypassDocumentValidation' is the wrong type 'string', {SafeBool}" },
        { "aggregate", "collation", "'x'", 14, "BSON field 'aggregate.collation' is the wrong type 'string', expected type 'object'" },
        { "aggregate", "let", "'x'", 14, "BSON field 'aggregate.let' is the wrong type 'string', expected type 'object'" },
        { "aggregate", "hint", "1", 9, "Hint must be a string or an object" },

        // coll_mod.idl
        { "collMod", "validator", "'x'", 14, "BSON field 'collMod.validator' is the wrong type 'string', expected type 'object'" },
        { "collMod", "validationLevel", "1", 14, "BSON field 'collMod.validationLevel' is the wrong type 'int', expected type 'string'" },
        { "collMod", "validationAction", "1", 14, "BSON field 'collMod.validationAction' is the wrong type 'int', expected type 'string'" },
        { "collMod", "index", "'x'", 14, "BSON field 'collMod.index' is the wrong type 'string', expected type 'object'" },
        { "collMod", "changeStreamPreAndPostImages", "'x'", 14, "BSON field 'collMod.changeStreamPreAndPostImages' is the wrong type 'string', expected type 'object'" },
        { "collMod", "viewOn", "1", 14, "BSON field 'collMod.viewOn' is the wrong type 'int', expected type 'string'" },
        { "collMod", "pipeline", "'x'", 14, "BSON field 'collMod.pipeline' is the wrong type 'string', expected type 'array'" },
        { "collMod", "timeseries", "'x'", 14, "BSON field 'collMod.timeseries' is the wrong type 'string', expected type 'object'" },
        { "collMod", "cappedSize", "'x'", 14, $"BSON field 'collMod.cappedSize' is the wrong type 'string', {Numbers}" },
        { "collMod", "cappedMax", "'x'", 14, $"BSON field 'collMod.cappedMax' is the wrong type 'string', {Numbers}" },

        // connection_status.idl
        { "connectionStatus", "showPrivileges", "'x'", 14, "connectionStatus.showPrivileges" },

        // count_command.idl (limit and skip have hand-written parsers answering BadValue)
        { "count", "query", "'x'", 14, "BSON field 'count.query' is the wrong type 'string', expected type 'object'" },
        { "count", "limit", "'x'", 2, "limit value is not a valid number" },
        { "count", "skip", "'x'", 2, "skip value is not a valid number" },
        { "count", "hint", "1", 9, "Hint must be a string or an object" },
        { "count", "collation", "'x'", 14, "BSON field 'count.collation' is the wrong type 'string', expected type 'object'" },

        // create.idl
        { "create", "capped", "'x'", 14, $"BSON field 'create.capped' is the wrong type 'string', {SafeBool}" },
        { "create", "autoIndexId", "'x'", 14, $"BSON field 'create.autoIndexId' is the wrong type 'string', {SafeBool}" },
        { "create", "size", "'x'", 14, $"BSON field 'create.size' is the wrong type 'string', {Numbers}" },
        { "create", "max", "'x'", 14, $"BSON field 'create.max' is the wrong type 'string', {Numbers}" },
        { "create", "flags", "'x'", 14, $"BSON field 'create.flags' is the wrong type 'string', {Numbers}" },
        { "create", "expireAfterSeconds", "'x'", 14, $"BSON field 'create.expireAfterSeconds' is the wrong type 'string', {Numbers}" },
        { "create", "storageEngine", "'x'", 14, "BSON field 'create.storageEngine' is the wrong type 'string', expected type 'object'" },
        { "create", "validator", "'x'", 14, "BSON field 'create.validator' is the wrong type 'string', expected type 'object'" },
        { "create", "validationLevel", "1", 14, "BSON field 'create.validationLevel' is the wrong type 'int', expected type 'string'" },
        { "create", "validationAction", "1", 14, "BSON field 'create.validationAction' is the wrong type 'int', expected type 'string'" },
        { "create", "indexOptionDefaults", "'x'", 14, "BSON field 'create.indexOptionDefaults' is the wrong type 'string', expected type 'object'" },
        { "create", "viewOn", "1", 14, "BSON field 'create.viewOn' is the wrong type 'int', expected type 'string'" },
        { "create", "pipeline", "'x'", 14, "BSON field 'create.pipeline' is the wrong type 'string', expected type 'array'" },
        { "create", "collation", "'x'", 14, "BSON field 'create.collation' is the wrong type 'string', expected type 'object'" },
        { "create", "timeseries", "'x'", 14, "BSON field 'create.timeseries' is the wrong type 'string', expected type 'object'" },
        { "create", "changeStreamPreAndPostImages", "'x'", 14, "BSON field 'create.changeStreamPreAndPostImages' is the wrong type 'string', expected type 'object'" },
        { "create", "encryptedFields", "'x'", 14, "BSON field 'create.encryptedFields' is the wrong type 'string', expected type 'object'" },
        { "create", "clusteredIndex", "'x'", 14, "create.clusteredIndex" },

        // create_indexes.idl
        { "createIndexes", "indexes", "'x'", 14, "BSON field 'createIndexes.indexes' is the wrong type 'string', expected type 'array'" },
        { "createIndexes", "indexes.0", "1", 14, "createIndexes.indexes" },
        { "createIndexes", "ignoreUnknownIndexOptions", "'x'", 14, "createIndexes.ignoreUnknownIndexOptions" },

        // user_management_commands.idl
        { "createUser", "pwd", "1", 14, "BSON field 'createUser.pwd' is the wrong type 'int', expected type 'string'" },
        { "createUser", "roles", "'x'", 14, "BSON field 'createUser.roles' is the wrong type 'string', expected type 'array'" },
        { "createUser", "customData", "'x'", 14, "BSON field 'createUser.customData' is the wrong type 'string', expected type 'object'" },
        { "createUser", "mechanisms", "'x'", 14, "BSON field 'createUser.mechanisms' is the wrong type 'string', expected type 'array'" },
        { "createUser", "digestPassword", "'x'", 14, "createUser.digestPassword" },
        { "createUser", "authenticationRestrictions", "'x'", 14, "BSON field 'createUser.authenticationRestrictions' is the wrong type 'string', expected type 'array'" },

        // dbStats
        { "dbStats", "scale", "'x'", 14, $"BSON field 'dbStats.scale' is the wrong type 'string', {Numbers}" },
        { "dbStats", "freeStorage", "'x'", 14, "dbStats.freeStorage" },

        // write_ops.idl: delete
        { "delete", "deletes", "'x'", 14, "BSON field 'delete.deletes' is the wrong type 'string', expected type 'array'" },
        { "delete", "deletes.0", "1", 14, "delete.deletes" },
        { "delete", "deletes.0.q", "'x'", 14, "BSON field 'delete.deletes.q' is the wrong type 'string', expected type 'object'" },
        { "delete", "deletes.0.limit", "2", 9, "The limit field in delete objects must be 0 or 1. Got 2" },
        { "delete", "deletes.0.hint", "1", 9, "Hint must be a string or an object" },
        { "delete", "deletes.0.collation", "'x'", 14, "BSON field 'delete.deletes.collation' is the wrong type 'string', expected type 'object'" },
        { "delete", "ordered", "'x'", 14, "BSON field 'delete.ordered' is the wrong type 'string', expected type 'bool'" },
        { "delete", "let", "'x'", 14, "BSON field 'delete.let' is the wrong type 'string', expected type 'object'" },

        // distinct_command.idl
        { "distinct", "key", "1", 14, "BSON field 'distinct.key' is the wrong type 'int', expected type 'string'" },
        { "distinct", "query", "'x'", 14, "BSON field 'distinct.query' is the wrong type 'string', expected type 'object'" },
        { "distinct", "collation", "'x'", 14, "BSON field 'distinct.collation' is the wrong type 'string', expected type 'object'" },
        { "distinct", "hint", "1", 9, "Hint must be a string or an object" },

        // drop_indexes.idl: a name, a list of names, or a key pattern
        { "dropIndexes", "index", "1", 14, "dropIndexes.index" },

        // end_sessions.idl
        { "endSessions", "endSessions", "'x'", 14, "endSessions" },

        // explain.idl
        { "explain", "explain", "'x'", 14, "explain" },
        { "explain", "verbosity", "1", 14, "BSON field 'explain.verbosity' is the wrong type 'int', expected type 'string'" },

        // find_command.idl
        { "find", "filter", "'x'", 14, "filter" },
        { "find", "projection", "'x'", 14, "projection" },
        { "find", "sort", "'x'", 14, "sort" },
        { "find", "min", "'x'", 14, "min" },
        { "find", "max", "'x'", 14, "max" },
        { "find", "collation", "'x'", 14, "collation" },
        { "find", "hint", "1", 9, "Hint must be a string or an object" },
        { "find", "skip", "'x'", 14, $"BSON field 'find.skip' is the wrong type 'string', {Numbers}" },
        { "find", "limit", "'x'", 14, $"BSON field 'find.limit' is the wrong type 'string', {Numbers}" },
        { "find", "batchSize", "'x'", 14, $"BSON field 'find.batchSize' is the wrong type 'string', {Numbers}" },
        { "find", "singleBatch", "'x'", 14, "Field 'singleBatch' should be a boolean value, but found: string" },
        { "find", "singleBatch", "1", 14, "Field 'singleBatch' should be a boolean value, but found: int" },
        { "find", "allowDiskUse", "'x'", 14, "Field 'allowDiskUse' should be a boolean value, but found: string" },
        { "find", "returnKey", "'x'", 14, "Field 'returnKey' should be a boolean value, but found: string" },
        { "find", "showRecordId", "'x'", 14, "Field 'showRecordId' should be a boolean value, but found: string" },
        { "find", "tailable", "'x'", 14, "Field 'tailable' should be a boolean value, but found: string" },
        { "find", "noCursorTimeout", "'x'", 14, "Field 'noCursorTimeout' should be a boolean value, but found: string" },
        { "find", "awaitData", "'x'", 14, "Field 'awaitData' should be a boolean value, but found: string" },
        { "find", "allowPartialResults", "'x'", 14, "Field 'allowPartialResults' should be a boolean value, but found: string" },
        { "find", "readOnce", "'x'", 14, "Field 'readOnce' should be a boolean value, but found: string" },
        { "find", "oplogReplay", "'x'", 14, "oplogReplay" },
        { "find", "let", "'x'", 14, "BSON field 'find.let' is the wrong type 'string', expected type 'object'" },

        // write_ops.idl: findAndModify
        { "findAndModify", "query", "'x'", 14, "BSON field 'findAndModify.query' is the wrong type 'string', expected type 'object'" },
        { "findAndModify", "fields", "'x'", 14, "BSON field 'findAndModify.fields' is the wrong type 'string', expected type 'object'" },
        { "findAndModify", "sort", "'x'", 14, "BSON field 'findAndModify.sort' is the wrong type 'string', expected type 'object'" },
        { "findAndModify", "hint", "1", 9, "Hint must be a string or an object" },
        { "findAndModify", "collation", "'x'", 14, "BSON field 'findAndModify.collation' is the wrong type 'string', expected type 'object'" },
        { "findAndModify", "arrayFilters", "'x'", 14, "BSON field 'findAndModify.arrayFilters' is the wrong type 'string', expected type 'array'" },
        { "findAndModify", "remove", "'x'", 14, $"BSON field 'findAndModify.remove' is the wrong type 'string', {SafeBool}" },
        { "findAndModify", "update", "1", 9, "Update argument must be either an object or an array" },
        { "findAndModify", "upsert", "'x'", 14, $"BSON field 'findAndModify.upsert' is the wrong type 'string', {SafeBool}" },
        { "findAndModify", "new", "'x'", 14, $"BSON field 'findAndModify.new' is the wrong type 'string', {SafeBool}" },
        { "findAndModify", "bypassDocumentValidation", "'x'", 14, $"BSON field 'findAndModify.bypassDocumentValidation' is the wrong type 'string', {SafeBool}" },
        { "findAndModify", "let", "'x'", 14, "BSON field 'findAndModify.let' is the wrong type 'string', expected type 'object'" },

        // getmore_command.idl
        { "getMore", "getMore", "1", 14, "getMore" },
        { "getMore", "collection", "1", 14, "BSON field 'getMore.collection' is the wrong type 'int', expected type 'string'" },
        { "getMore", "batchSize", "'x'", 14, $"BSON field 'getMore.batchSize' is the wrong type 'string', {Numbers}" },
        { "getMore", "term", "'x'", 14, "BSON field 'getMore.term' is the wrong type 'string', expected type 'long'" },

        // write_ops.idl: insert
        { "insert", "documents", "'x'", 14, "BSON field 'insert.documents' is the wrong type 'string', expected type 'array'" },
        { "insert", "documents.0", "1", 14, "insert.documents" },
        { "insert", "ordered", "'x'", 14, "BSON field 'insert.ordered' is the wrong type 'string', expected type 'bool'" },
        { "insert", "bypassDocumentValidation", "'x'", 14, $"BSON field 'insert.bypassDocumentValidation' is the wrong type 'string', {SafeBool}" },

        // kill_cursors.idl
        { "killCursors", "cursors", "'x'", 14, "BSON field 'killCursors.cursors' is the wrong type 'string', expected type 'array'" },
        { "killCursors", "cursors.0", "1", 14, "killCursors.cursors" },

        // list_collections.idl
        { "listCollections", "filter", "'x'", 14, "BSON field 'listCollections.filter' is the wrong type 'string', expected type 'object'" },
        { "listCollections", "nameOnly", "'x'", 14, "listCollections.nameOnly" },
        { "listCollections", "authorizedCollections", "'x'", 14, "listCollections.authorizedCollections" },
        { "listCollections", "cursor", "'x'", 14, "BSON field 'listCollections.cursor' is the wrong type 'string', expected type 'object'" },

        // list_databases.idl
        { "listDatabases", "filter", "'x'", 14, "BSON field 'listDatabases.filter' is the wrong type 'string', expected type 'object'" },
        { "listDatabases", "nameOnly", "'x'", 14, "listDatabases.nameOnly" },
        { "listDatabases", "authorizedDatabases", "'x'", 14, "authorizedDatabases" },

        // list_indexes.idl
        { "listIndexes", "cursor", "'x'", 14, "BSON field 'listIndexes.cursor' is the wrong type 'string', expected type 'object'" },
        { "listIndexes", "includeBuildUUIDs", "'x'", 14, "listIndexes.includeBuildUUIDs" },
        { "listIndexes", "includeIndexBuildInfo", "'x'", 14, "listIndexes.includeIndexBuildInfo" },

        // rename_collection.idl
        { "renameCollection", "to", "1", 14, "BSON field 'renameCollection.to' is the wrong type 'int', expected type 'string'" },
        { "renameCollection", "stayTemp", "'x'", 14, "renameCollection.stayTemp" },

        // write_ops.idl: update
        { "update", "updates", "'x'", 14, "BSON field 'update.updates' is the wrong type 'string', expected type 'array'" },
        { "update", "updates.0", "1", 14, "update.updates" },
        { "update", "updates.0.q", "'x'", 14, "BSON field 'update.updates.q' is the wrong type 'string', expected type 'object'" },
        { "update", "updates.0.u", "1", 9, "Update argument must be either an object or an array" },
        { "update", "updates.0.c", "'x'", 14, "BSON field 'update.updates.c' is the wrong type 'string', expected type 'object'" },
        { "update", "updates.0.multi", "'x'", 14, "BSON field 'update.updates.multi' is the wrong type 'string', expected type 'bool'" },
        { "update", "updates.0.upsert", "'x'", 14, "BSON field 'update.updates.upsert' is the wrong type 'string', expected type 'bool'" },
        { "update", "updates.0.arrayFilters", "'x'", 14, "BSON field 'update.updates.arrayFilters' is the wrong type 'string', expected type 'array'" },
        { "update", "updates.0.hint", "1", 9, "Hint must be a string or an object" },
        { "update", "updates.0.collation", "'x'", 14, "BSON field 'update.updates.collation' is the wrong type 'string', expected type 'object'" },
        { "update", "ordered", "'x'", 14, "BSON field 'update.ordered' is the wrong type 'string', expected type 'bool'" },
        { "update", "bypassDocumentValidation", "'x'", 14, $"BSON field 'update.bypassDocumentValidation' is the wrong type 'string', {SafeBool}" },
        { "update", "let", "'x'", 14, "BSON field 'update.let' is the wrong type 'string', expected type 'object'" },
    };

    /// <summary>
    /// Fields of strict commands that have no row above, each with the reason. Anything else a
    /// handler lists must have a row: a new field cannot slip in untested.
    /// </summary>
    private static readonly Dictionary<string, string> NotTyped = new()
    {
        ["abortTransaction.recoveryToken"] = "checked in a transaction: Commit_and_abort_refuse_a_recovery_token_of_the_wrong_type",
        ["commitTransaction.recoveryToken"] = "checked in a transaction: Commit_and_abort_refuse_a_recovery_token_of_the_wrong_type",
        ["count.fields"] = "the IDL marks it 'ignore: true': any value is accepted",
        ["count.encryptionInformation"] = "queryable encryption, sent only by drivers that encrypt",
        ["distinct.encryptionInformation"] = "queryable encryption, sent only by drivers that encrypt",
        ["distinct.sampleId"] = "internal: query sampling for shard key analysis",
        ["aggregate.fromMongos"] = "internal: set by mongos",
        ["aggregate.needsMerge"] = "internal: set by mongos",
        ["aggregate.isMapReduceCommand"] = "internal: set by mapReduce",
        ["aggregate.collectionUUID"] = "internal",
        ["aggregate.exchange"] = "internal",
        ["aggregate.runtimeConstants"] = "internal (legacy let)",
        ["aggregate.$_requestReshardingResumeToken"] = "internal",
        ["aggregate.$_isClusterQueryWithoutShardKeyCmd"] = "internal",
        ["aggregate.$_generateV2ResumeTokens"] = "internal",
        ["aggregate.includeQueryStatsMetrics"] = "internal",
        ["collMod.dryRun"] = "only meaningful with timeseries bucketing changes",
        ["collMod.expireAfterSeconds"] = "a number or the string 'off': covered by CollModTests",
        ["collMod.recordIdsReplicated"] = "internal",
        ["collStats.scale"] = "collStats is not an IDL command: scale is read with a number check of its own (StatsTests)",
        ["collStats.verbose"] = "collStats is not an IDL command",
        ["createIndexes.commitQuorum"] = "a number or a string: replica-set only",
        ["createIndexes.isTimeseriesNamespace"] = "internal: set by mongos",
        ["find.explain"] = "not a find option: explain is its own command",
        ["getMore.lastKnownCommittedOpTime"] = "internal: replication",
        ["insert.let"] = "not an insert field in write_ops.idl; accepted because some drivers send it",
        ["listCollections.includePendingDrops"] = "internal",
        ["renameCollection.dropTarget"] = "a bool or a UUID",
        ["renameCollection.collectionUUID"] = "internal",
        ["renameCollection.newTargetCollectionUuid"] = "internal",
        ["saslStart.mechanism"] = "authentication handshake: covered by the Auth tests",
        ["saslStart.payload"] = "authentication handshake",
        ["saslStart.autoAuthorize"] = "authentication handshake",
        ["saslStart.options"] = "authentication handshake",
        ["saslContinue.conversationId"] = "authentication handshake",
        ["saslContinue.payload"] = "authentication handshake",
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task Wrong_type_in_a_command_field_is_refused_with_the_servers_code(string command, string path, string wrongJson, int code, string fragment)
    {
        var database = target.NewDatabase(command);
        await database.GetCollection<BsonDocument>("items").InsertOneAsync(new BsonDocument("a", 1));
        await database.GetCollection<BsonDocument>("items").Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1)));
        var document = BsonDocument.Parse(Valid[command].Replace("DB.", database.DatabaseNamespace.DatabaseName + ".", StringComparison.Ordinal));
        var wrong = BsonDocument.Parse("{v: " + wrongJson + "}")["v"];
        Put(document, path, wrong);
        var runOn = command is "renameCollection" or "listDatabases" or "endSessions" ? database.Client.GetDatabase("admin") : database;

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => runOn.RunCommandAsync<BsonDocument>(document));

        Assert.True(error.Code == code, $"{document}: expected code {code}, got {error.Code} {error.CodeName}: {error.ErrorMessage}");
        Assert.Contains(fragment, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_field_of_every_strict_command_has_a_row_or_a_reason()
    {
        var covered = WrongTypes.Select(row => (string)row[0] + "." + ((string)row[1]).Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var missing = CommandTable.All
            .Where(handler => handler.StrictFields)
            .SelectMany(handler => handler.Fields.Select(field => handler.Name + "." + field))
            .Where(name => !covered.Contains(name) && !NotTyped.ContainsKey(name))
            .ToList();

        Assert.True(missing.Count == 0, "no wrong-type row for: " + string.Join(", ", missing));
        Assert.All(Valid.Keys, name => Assert.NotNull(CommandTable.Find(name)));
    }

    [Theory]
    [InlineData("commitTransaction")]
    [InlineData("abortTransaction")]
    public async Task Commit_and_abort_refuse_a_recovery_token_of_the_wrong_type(string command)
    {
        var database = target.NewDatabase(command);
        var items = database.GetCollection<BsonDocument>("items");
        await items.InsertOneAsync(new BsonDocument("a", 1));
        using var session = await target.Client.StartSessionAsync();
        session.StartTransaction();
        await items.InsertOneAsync(session, new BsonDocument("a", 2));

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(
            session, new BsonDocument { { command, 1 }, { "recoveryToken", "x" } }));

        Assert.Equal(14, error.Code);
        Assert.Contains($"BSON field '{command}.recoveryToken' is the wrong type 'string', expected type 'object'", error.ErrorMessage, StringComparison.Ordinal);
        await session.AbortTransactionAsync();
        Assert.Equal(1, await items.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Theory]
    [InlineData("find")]
    [InlineData("count")]
    [InlineData("distinct")]
    [InlineData("insert")]
    [InlineData("update")]
    [InlineData("delete")]
    [InlineData("findAndModify")]
    [InlineData("createIndexes")]
    [InlineData("listIndexes")]
    public async Task Collection_name_of_the_wrong_type_is_InvalidNamespace(string command)
    {
        var database = target.NewDatabase(command);
        var document = BsonDocument.Parse(Valid[command]);
        document[command] = true;

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => database.RunCommandAsync<BsonDocument>(document));

        Assert.Equal(73, error.Code);
        Assert.Equal("collection name has invalid type bool", error.ErrorMessage);
    }

    /// <summary>One value of (nearly) every BSON type, for the sweep below.</summary>
    private static readonly BsonValue[] AnyValues =
    [
        "x", string.Empty, 0, -1, 2.5, double.NaN, long.MaxValue, new BsonDecimal128(-1m), true, false, BsonNull.Value,
        new BsonArray(), new BsonArray { 1, "a" }, new BsonDocument(), new BsonDocument("$foo", 1), ObjectId.Empty,
        new BsonDateTime(0), new BsonBinaryData([1, 2]), new BsonRegularExpression("a"), new BsonTimestamp(1), BsonMinKey.Value,
        BsonMaxKey.Value,
    ];

    private static readonly Dictionary<string, string[]> NestedPaths = new()
    {
        ["aggregate"] = ["cursor.batchSize", "pipeline.0"],
        ["createIndexes"] = ["indexes.0", "indexes.0.key", "indexes.0.name", "indexes.0.unique", "indexes.0.sparse", "indexes.0.partialFilterExpression", "indexes.0.expireAfterSeconds", "indexes.0.hidden", "indexes.0.collation"],
        ["delete"] = ["deletes.0", "deletes.0.q", "deletes.0.limit", "deletes.0.hint", "deletes.0.collation"],
        ["insert"] = ["documents.0"],
        ["killCursors"] = ["cursors.0"],
        ["update"] = ["updates.0", "updates.0.q", "updates.0.u", "updates.0.c", "updates.0.upsert", "updates.0.multi", "updates.0.arrayFilters", "updates.0.hint", "updates.0.collation", "updates.0.sort"],
    };

    public static TheoryData<string> CommandsWithFields => new(Valid.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CommandsWithFields))]
    public async Task Any_value_in_any_field_gets_an_answer_never_an_InternalError(string command)
    {
        var database = target.NewDatabase(command);
        await database.GetCollection<BsonDocument>("items").InsertOneAsync(new BsonDocument("a", 1));
        var runOn = command is "renameCollection" or "listDatabases" or "endSessions" ? database.Client.GetDatabase("admin") : database;
        var handler = CommandTable.Find(command)!;
        var fields = handler.Fields.Where(f => !NotTyped.ContainsKey(command + "." + f) || f is "recoveryToken").Prepend(command)
            .Concat(NestedPaths.GetValueOrDefault(command, []));
        var internalErrors = new List<string>();
        foreach (var field in fields)
        {
            foreach (var value in AnyValues)
            {
                var document = BsonDocument.Parse(Valid[command].Replace("DB.", database.DatabaseNamespace.DatabaseName + ".", StringComparison.Ordinal));
                Put(document, field, value);
                if (command == "create" && field == "create")
                {
                    continue;
                }

                try
                {
                    await runOn.RunCommandAsync<BsonDocument>(document);
                }
                catch (MongoCommandException ex) when (ex.Code is not (1 or 8))
                {
                    // Any named MongoDB error is a fine answer.
                }
                catch (MongoCommandException ex)
                {
                    internalErrors.Add($"{document}: {ex.Code} {ex.ErrorMessage}");
                }
            }
        }

        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        await database.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
    }

    /// <summary>Sets <paramref name="path"/> (dotted, numeric parts index arrays) to <paramref name="value"/>.</summary>
    private static void Put(BsonDocument document, string path, BsonValue value)
    {
        var parts = path.Split('.');
        BsonValue current = document;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            current = current is BsonArray array ? array[int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)] : current.AsBsonDocument.GetValue(parts[i], null)
                ?? throw new InvalidOperationException($"{path}: no {parts[i]} in {document}");
        }

        if (current is BsonArray target)
        {
            target[int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            current.AsBsonDocument[parts[^1]] = value;
        }
    }
}
