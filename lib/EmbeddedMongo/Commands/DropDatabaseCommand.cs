using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>dropDatabase: removes every collection of the command's database.</summary>
public sealed class DropDatabaseCommand : CommandHandler
{
    public override string Name => "dropDatabase";

    public override string Help => "drops the database the command runs on: {dropDatabase: 1}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
        => Task.FromResult(context.Storage.Write(() =>
        {
            if (context.Storage.DropDatabase(context.Database))
            {
                context.Server.Clock.Tick();
            }

            return new BsonDocument { { "dropped", context.Database }, { "ok", 1.0 } };
        }));
}
