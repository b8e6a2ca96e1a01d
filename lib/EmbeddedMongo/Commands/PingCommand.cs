using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>ping: answers ok.</summary>
public sealed class PingCommand : CommandHandler
{
    public override string Name => "ping";

    public override string Help => "answers {ok: 1}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context) => Task.FromResult(new BsonDocument("ok", 1.0));
}
