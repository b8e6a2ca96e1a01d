using EmbeddedMongo.Commands.Auth;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>saslStart: begins a SCRAM-SHA-256 exchange (the only mechanism offered).</summary>
public sealed class SaslStartCommand : CommandHandler
{
    public override string Name => "saslStart";

    public override string Help => "begins SCRAM-SHA-256 authentication";

    public override IReadOnlyCollection<string> Fields { get; } = ["mechanism", "payload", "autoAuthorize", "options"];

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var mechanism = CommandArgs.OptionalString(context.Command, "mechanism") ?? throw Errors.Location(40414, "BSON field 'saslStart.mechanism' is missing but a required field");
        if (mechanism != ScramCredential.Mechanism)
        {
            throw Errors.Make(334, "MechanismUnavailable", $"Received authentication for mechanism {mechanism} which is not enabled");
        }

        var payload = context.Command.GetValue("payload", BsonNull.Value) switch
        {
            BsonBinaryData binary => System.Text.Encoding.UTF8.GetString(binary.Bytes),
            BsonString text => text.Value,
            var other => throw CommandArgs.WrongType("saslStart", "payload", other, "binData"),
        };
        var conversation = ScramConversation.Start(context.Database, payload, user =>
        {
            var found = UserStore.Find(context.Storage, context.Database, user);
            return found?["credentials"].AsBsonDocument.GetValue(ScramCredential.Mechanism, BsonNull.Value) is BsonDocument credential
                ? ScramCredential.FromBson(credential)
                : null;
        });
        context.Connection.Conversation = conversation;
        return Task.FromResult(new BsonDocument
        {
            { "conversationId", 1 },
            { "done", false },
            { "payload", new BsonBinaryData(System.Text.Encoding.UTF8.GetBytes(conversation.ServerFirst)) },
            { "ok", 1.0 },
        });
    }
}
