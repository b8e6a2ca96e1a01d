using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>abortTransaction: discards every write of the session's transaction (on admin).</summary>
public sealed class AbortTransactionCommand : CommandHandler
{
    public override string Name => "abortTransaction";

    public override string Help => "aborts the session's transaction: {abortTransaction: 1, lsid, txnNumber, autocommit: false}";

    public override IReadOnlyCollection<string> Fields { get; } = ["recoveryToken"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["recoveryToken"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var transaction = context.Transaction ?? throw Errors.InvalidOptions("abortTransaction must be run within a transaction");
        context.Server.Transactions.Abort(transaction);
        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
