using EmbeddedMongo.Commands.Auth;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>dropUser: removes a user of the command's database.</summary>
public sealed class DropUserCommand : CommandHandler
{
    public override string Name => "dropUser";

    public override string Help => "removes a user: {dropUser: name}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var user = context.Command[0] as BsonString ?? throw CommandArgs.WrongType("dropUser", "dropUser", context.Command[0], "string");
        if (!UserStore.Drop(context.Storage, context.Database, user.Value))
        {
            throw Errors.Make(11, "UserNotFound", $"User '{user.Value}@{context.Database}' not found");
        }

        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
