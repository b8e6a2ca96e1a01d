using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>Which commands may run where: in a transaction, and as a retryable write.</summary>
public static class TransactionRules
{
    /// <summary>Commands allowed in a multi-document transaction (the manual's "Operations Supported in Multi-Document Transactions").</summary>
    public static readonly IReadOnlySet<string> AllowedInTransaction = new HashSet<string>(StringComparer.Ordinal)
    {
        "abortTransaction", "aggregate", "bulkWrite", "commitTransaction", "create", "createIndexes", "delete",
        "distinct", "find", "findAndModify", "getMore", "insert", "killCursors", "update",
    };

    /// <summary>Commands that take a txnNumber outside a transaction (retryable writes).</summary>
    public static readonly IReadOnlySet<string> Retryable = new HashSet<string>(StringComparer.Ordinal)
    {
        "bulkWrite", "delete", "findAndModify", "findandmodify", "insert", "update",
    };

    private static readonly string[] ReservedDatabases = ["admin", "config", "local"];

    /// <summary>Refuses a statement MongoDB refuses inside a transaction (263 OperationNotSupportedInTransaction...).</summary>
    public static void CheckStatement(CommandContext context, Transaction transaction)
    {
        var name = context.Name;
        if (!AllowedInTransaction.Contains(name))
        {
            throw Errors.OperationNotSupportedInTransaction($"Cannot run '{name}' in a multi-document transaction.");
        }

        if (ReservedDatabases.Contains(context.Database))
        {
            throw Errors.OperationNotSupportedInTransaction($"Cannot run command against the '{context.Database}' database in a transaction.");
        }

        if (!context.Command.GetValue("startTransaction", false).ToBoolean() && context.Command.Contains("readConcern"))
        {
            throw Errors.InvalidOptions("Only the first command in a transaction may specify a readConcern");
        }

        if (name == "createIndexes" && context.Command[0] is BsonString { Value: var collection }
            && !transaction.Created.Any(c => c.Database == context.Database && c.Name == collection)
            && transaction.Engine.ReadDirect(() => transaction.Engine.FindCollectionDirect(context.Database, collection)) is not null)
        {
            throw Errors.OperationNotSupportedInTransaction(
                $"Cannot create new indexes on existing collection {context.Database}.{collection} in a multi-document transaction.");
        }
    }

    /// <summary>A transaction reads with readConcern local, majority or snapshot only.</summary>
    public static void CheckReadConcern(BsonDocument command)
    {
        if (command.GetValue("readConcern", BsonNull.Value) is BsonDocument readConcern
            && readConcern.GetValue("level", BsonNull.Value) is BsonString { Value: var level }
            && level is not ("local" or "majority" or "snapshot"))
        {
            throw Errors.InvalidOptions("The readConcern level must be either 'local' (default), 'majority' or 'snapshot' in order to run in a transaction");
        }
    }

    /// <summary>A write error turned into the command error a statement of a transaction fails with.</summary>
    public static MongoServerException CommandErrorFrom(BsonDocument writeError)
    {
        var extra = new BsonDocument(writeError.Where(e => e.Name is not ("index" or "code" or "codeName" or "errmsg")));
        return new MongoServerException(
            writeError.GetValue("code", 8).ToInt32(),
            writeError.GetValue("codeName", "UnknownError").AsString,
            writeError.GetValue("errmsg", string.Empty).AsString,
            extra.ElementCount > 0 ? extra : null);
    }
}
