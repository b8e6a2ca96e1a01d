using EmbeddedMongo.Commands.Auth;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>createUser: adds a SCRAM-SHA-256 user to the command's database.</summary>
public sealed class CreateUserCommand : CommandHandler
{
    public override string Name => "createUser";

    public override string Help => "creates a user: {createUser: name, pwd, roles: [...]}";

    public override IReadOnlyCollection<string> Fields { get; } = ["pwd", "roles", "customData", "mechanisms", "digestPassword", "authenticationRestrictions"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["pwd"] = IdlType.String,
        ["roles"] = IdlType.Array,
        ["customData"] = IdlType.Object,
        ["mechanisms"] = IdlType.Array,
        ["digestPassword"] = IdlType.SafeBool,
        ["authenticationRestrictions"] = IdlType.Array,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var user = command[0] as BsonString is { Value.Length: > 0 } name ? name.Value : throw Errors.BadValue("User name must be a non-empty string");
        var password = CommandArgs.OptionalString(command, "pwd") ?? throw Errors.BadValue("Must provide a 'pwd' field for all user documents, except those with '$external' as the user's source db");
        if (password.Length == 0)
        {
            throw Errors.BadValue("Password cannot be empty");
        }

        var roles = CommandArgs.OptionalArray(command, "roles") ?? throw Errors.Location(40414, "BSON field 'createUser.roles' is missing but a required field");
        if (CommandArgs.OptionalArray(command, "mechanisms") is { } mechanisms && mechanisms.Any(m => m != ScramCredential.Mechanism))
        {
            throw Errors.BadValue("Unknown auth mechanism or mechanism not supported by this server: only SCRAM-SHA-256");
        }

        UserStore.Create(context.Storage, context.Database, user, ScramCredential.FromPassword(password), roles);
        return Task.FromResult(new BsonDocument("ok", 1.0));
    }
}
