using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>endSessions: ends logical sessions, aborting their open transactions and closing their cursors.</summary>
public sealed class EndSessionsCommand : CommandHandler
{
    public override string Name => "endSessions";

    public override string Help => "ends logical sessions: {endSessions: [{id: UUID}]}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        foreach (var id in SessionIds.Parse(context.Command, Name))
        {
            context.Server.Sessions.End(id);
        }

        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
