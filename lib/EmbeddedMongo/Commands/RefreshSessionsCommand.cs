using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>refreshSessions: marks sessions as used so that they do not expire.</summary>
public sealed class RefreshSessionsCommand : CommandHandler
{
    public override string Name => "refreshSessions";

    public override string Help => "keeps logical sessions alive: {refreshSessions: [{id: UUID}]}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        foreach (var id in SessionIds.Parse(context.Command, Name))
        {
            context.Server.Sessions.Refresh(id);
        }

        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
