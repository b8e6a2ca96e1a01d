using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>killSessions: kills sessions at once, aborting their open transactions and closing their cursors.</summary>
public sealed class KillSessionsCommand : CommandHandler
{
    public override string Name => "killSessions";

    public override string Help => "kills logical sessions and their cursors: {killSessions: [{id: UUID}]}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        foreach (var id in SessionIds.Parse(context.Command, Name))
        {
            context.Server.Sessions.End(id);
        }

        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
