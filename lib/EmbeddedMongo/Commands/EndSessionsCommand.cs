using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>endSessions: ends logical sessions and closes their cursors.</summary>
public sealed class EndSessionsCommand : CommandHandler
{
    public override string Name => "endSessions";

    public override string Help => "ends logical sessions: {endSessions: [{id: UUID}]}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        if (context.Command[0] is not BsonArray sessions)
        {
            throw CommandArgs.WrongType("endSessions", "endSessions", context.Command[0], "array");
        }

        foreach (var session in sessions)
        {
            if (session is BsonDocument d && d.GetValue("id", BsonNull.Value) is BsonBinaryData { IsGuid: true } id)
            {
                context.Server.Cursors.KillForSession(id.ToGuid());
            }
        }

        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
