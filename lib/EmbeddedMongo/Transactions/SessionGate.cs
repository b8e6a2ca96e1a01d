using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// Runs every command in the frame of its logical session: touches the session, replays a
/// retried retryable write, and runs transaction statements inside their transaction (reads and
/// writes routed through it, any error aborting it).
/// </summary>
public static class SessionGate
{
    public static async Task<BsonDocument> ExecuteAsync(CommandContext context, CommandHandler handler)
    {
        var command = context.Command;
        var txnNumber = TxnNumberOf(command);
        bool? autocommit = command.TryGetValue("autocommit", out var ac)
            ? ac is BsonBoolean b ? b.Value : throw CommandArgs.WrongType(context.Name, "autocommit", ac, "bool")
            : null;
        if (context.SessionId is not { } sessionId || command["lsid"] is not BsonDocument lsid)
        {
            if (txnNumber is not null)
            {
                throw Errors.InvalidOptions("Transaction number requires a session ID to also be specified");
            }

            return await handler.ExecuteAsync(context);
        }

        var session = context.Server.Sessions.Touch(sessionId, lsid);
        if (txnNumber is not { } number)
        {
            if (autocommit is not null)
            {
                throw Errors.InvalidOptions("'autocommit' field requires a transaction number to also be specified");
            }

            if (context.Name is "commitTransaction" or "abortTransaction")
            {
                throw Errors.InvalidOptions($"{context.Name} must be run within a transaction");
            }

            return await handler.ExecuteAsync(context);
        }

        if (autocommit is true)
        {
            throw Errors.InvalidOptions("Specifying autocommit=true is not allowed.");
        }

        await session.Gate.WaitAsync(context.CancellationToken);
        try
        {
            session.LastUseUtc = DateTime.UtcNow;
            return autocommit is null
                ? await RetryableAsync(context, handler, session, number)
                : await InTransactionAsync(context, handler, session, number);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private static long? TxnNumberOf(BsonDocument command) => command.TryGetValue("txnNumber", out var value)
        ? value switch
        {
            BsonInt64 l => l.Value,
            BsonInt32 i => i.Value,
            _ => throw CommandArgs.WrongType(command.GetElement(0).Name, "txnNumber", value, "long"),
        }
        : null;

    private static async Task<BsonDocument> RetryableAsync(CommandContext context, CommandHandler handler, ServerSession session, long number)
    {
        if (!TransactionRules.Retryable.Contains(context.Name))
        {
            throw Errors.Location(50768, $"txnNumber may only be provided for multi-document transactions and retryable write commands. autocommit:false was not provided, and {context.Name} is not a retryable write command.");
        }

        if (number < session.TxnNumber)
        {
            throw Errors.TransactionTooOld($"Retryable write with txnNumber {number} is prohibited on session {session.Id} because a newer retryable write with txnNumber {session.TxnNumber} has already started on this session.");
        }

        if (number == session.TxnNumber)
        {
            if (session.RetryableReply is { } recorded && session.RetryableCommand == context.Name)
            {
                return (BsonDocument)recorded.DeepClone();
            }

            if (session.Transaction?.Number == number)
            {
                throw Errors.ConflictingOperationInProgress($"Cannot start a retryable write with txnNumber {number} on session {session.Id} because a transaction with txnNumber {number} has already started on this session.");
            }
        }
        else
        {
            AbortOpenTransaction(context, session);
            session.TxnNumber = number;
            session.RetryableReply = null;
        }

        var reply = await handler.ExecuteAsync(context);
        if (reply.GetValue("ok", 1.0).ToDouble() == 1.0)
        {
            session.RetryableReply = (BsonDocument)reply.DeepClone();
            session.RetryableCommand = context.Name;
        }

        return reply;
    }

    private static async Task<BsonDocument> InTransactionAsync(CommandContext context, CommandHandler handler, ServerSession session, long number)
    {
        var name = context.Name;
        var terminal = name is "commitTransaction" or "abortTransaction";
        if (terminal && context.Database != "admin")
        {
            throw Errors.Unauthorized($"{name} may only be run against the admin database.");
        }

        var transaction = TransactionFor(context, session, number);
        if (transaction is null)
        {
            return new BsonDocument("ok", 1.0);
        }

        context.Transaction = transaction;
        if (terminal)
        {
            return await handler.ExecuteAsync(context);
        }

        var manager = context.Server.Transactions;
        BsonDocument reply;
        try
        {
            TransactionRules.CheckStatement(context, transaction);
            StorageEngine.UseOverlay(transaction);
            reply = await handler.ExecuteAsync(context);
        }
        catch (MongoServerException)
        {
            manager.Abort(transaction);
            throw;
        }
        finally
        {
            StorageEngine.UseOverlay(null);
        }

        if (transaction.Failure is { } failure)
        {
            transaction.Failure = null;
            manager.Abort(transaction);
            throw failure;
        }

        if (reply.GetValue("writeErrors", BsonNull.Value) is BsonArray { Count: > 0 } errors)
        {
            // In a transaction the first write error fails the whole command (and the transaction).
            manager.Abort(transaction);
            throw TransactionRules.CommandErrorFrom((BsonDocument)errors[0]);
        }

        if (reply.GetValue("ok", 1.0).ToDouble() != 1.0)
        {
            manager.Abort(transaction);
        }

        return reply;
    }

    /// <summary>The transaction a statement belongs to (starting it if asked); null for a retried commit of a committed one.</summary>
    private static Transaction? TransactionFor(CommandContext context, ServerSession session, long number)
    {
        var start = context.Command.GetValue("startTransaction", false).ToBoolean();
        var name = context.Name;
        if (number < session.TxnNumber)
        {
            throw Errors.TransactionTooOld($"txnNumber {number} is less than last txnNumber {session.TxnNumber} seen in session {session.Id}");
        }

        if (start)
        {
            if (number == session.TxnNumber)
            {
                throw Errors.ConflictingOperationInProgress($"Cannot start transaction {number} on session {session.Id} because a transaction with the same number has already started.");
            }

            TransactionRules.CheckReadConcern(context.Command);
            AbortOpenTransaction(context, session);
            session.TxnNumber = number;
            session.RetryableReply = null;
            session.Transaction = context.Server.Transactions.Begin(session, number);
            return session.Transaction;
        }

        var transaction = session.Transaction;
        if (transaction is null || transaction.Number != number)
        {
            throw Errors.NoSuchTransaction(number, session.TxnNumber);
        }

        return transaction.State switch
        {
            TransactionState.Committed when name == "commitTransaction" => null,
            TransactionState.Committed => throw Errors.TransactionCommitted(number),
            TransactionState.Aborted => throw Errors.NoSuchTransaction(number),
            _ => transaction,
        };
    }

    private static void AbortOpenTransaction(CommandContext context, ServerSession session)
    {
        if (session.Transaction is { State: TransactionState.InProgress } open)
        {
            context.Server.Transactions.Abort(open);
        }
    }
}
