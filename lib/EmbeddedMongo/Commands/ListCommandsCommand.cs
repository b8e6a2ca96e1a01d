using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>listCommands: every command this server knows, with its help line.</summary>
public sealed class ListCommandsCommand : CommandHandler
{
    public override string Name => "listCommands";

    public override string Help => "lists the commands this server supports";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var commands = new BsonDocument();
        foreach (var handler in CommandTable.All)
        {
            commands[handler.Name] = new BsonDocument { { "help", handler.Help } };
        }

        return Task.FromResult(new BsonDocument { { "commands", commands }, { "ok", 1.0 } });
    }
}
