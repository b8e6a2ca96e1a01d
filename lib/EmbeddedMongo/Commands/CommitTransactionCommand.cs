using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>commitTransaction: makes every write of the session's transaction visible at once (on admin).</summary>
public sealed class CommitTransactionCommand : CommandHandler
{
    public override string Name => "commitTransaction";

    public override string Help => "commits the session's transaction: {commitTransaction: 1, lsid, txnNumber, autocommit: false}";

    public override IReadOnlyCollection<string> Fields { get; } = ["recoveryToken"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["recoveryToken"] = IdlType.Object,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var transaction = context.Transaction ?? throw Errors.InvalidOptions("commitTransaction must be run within a transaction");
        context.Server.Transactions.Commit(transaction);
        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
