using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>connectionStatus: the authenticated users and roles of this connection (none without auth).</summary>
public sealed class ConnectionStatusCommand : CommandHandler
{
    public override string Name => "connectionStatus";

    public override string Help => "authenticated users and roles of this connection";

    public override IReadOnlyCollection<string> Fields { get; } = ["showPrivileges"];

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var info = new BsonDocument
        {
            { "authenticatedUsers", new BsonArray() },
            { "authenticatedUserRoles", new BsonArray() },
        };
        if (CommandArgs.OptionalBool(context.Command, "showPrivileges", false))
        {
            info["authenticatedUserPrivileges"] = new BsonArray();
        }

        return Task.FromResult(new BsonDocument { { "authInfo", info }, { "ok", 1.0 } });
    }
}
