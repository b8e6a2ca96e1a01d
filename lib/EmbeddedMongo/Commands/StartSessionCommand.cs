using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>startSession: starts a logical session with a new id.</summary>
public sealed class StartSessionCommand : CommandHandler
{
    public override string Name => "startSession";

    public override string Help => "starts a logical session: {startSession: 1} -> {id: {id: UUID}, timeoutMinutes}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var lsid = new BsonDocument("id", new BsonBinaryData(Guid.NewGuid(), GuidRepresentation.Standard));
        context.Server.Sessions.Touch(lsid["id"].AsGuid, lsid);
        return Task.FromResult(new BsonDocument
        {
            { "id", lsid },
            { "timeoutMinutes", context.Server.Options.LogicalSessionTimeoutMinutes },
            { "ok", 1.0 },
        });
    }
}
