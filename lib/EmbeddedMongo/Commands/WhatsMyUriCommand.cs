using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>whatsmyuri: the client's address as the server sees it.</summary>
public sealed class WhatsMyUriCommand : CommandHandler
{
    public override string Name => "whatsmyuri";

    public override string Help => "the client's address as the server sees it";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
        => Task.FromResult(new BsonDocument { { "you", context.Connection.Remote }, { "ok", 1.0 } });
}
