using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>saslContinue: checks the client's SCRAM proof and, if it holds, authenticates the connection.</summary>
public sealed class SaslContinueCommand : CommandHandler
{
    public override string Name => "saslContinue";

    public override string Help => "continues SCRAM-SHA-256 authentication";

    public override IReadOnlyCollection<string> Fields { get; } = ["conversationId", "payload"];

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var conversation = context.Connection.Conversation ?? throw Errors.Make(17, "ProtocolError", "No SASL session state found");
        context.Connection.Conversation = null;
        var payload = context.Command.GetValue("payload", BsonNull.Value) is BsonBinaryData binary
            ? System.Text.Encoding.UTF8.GetString(binary.Bytes)
            : throw CommandArgs.WrongType("saslContinue", "payload", context.Command.GetValue("payload", BsonNull.Value), "binData");
        var serverFinal = conversation.Finish(payload);
        context.Connection.AuthenticatedUser = conversation.Database + "." + conversation.User;
        return Task.FromResult(new BsonDocument
        {
            { "conversationId", 1 },
            { "done", true },
            { "payload", new BsonBinaryData(System.Text.Encoding.UTF8.GetBytes(serverFinal)) },
            { "ok", 1.0 },
        });
    }
}
