using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>killCursors: closes cursors; reports which were killed and which were not found.</summary>
public sealed class KillCursorsCommand : CommandHandler
{
    public override string Name => "killCursors";

    public override string Help => "closes cursors: {killCursors: coll, cursors: [ids]}";

    public override IReadOnlyCollection<string> Fields { get; } = ["cursors"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["cursors"] = IdlType.ArrayOfLongs,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var ids = CommandArgs.OptionalArray(context.Command, "cursors") ?? throw Errors.Location(40414, "BSON field 'killCursors.cursors' is missing but a required field");
        var killed = new BsonArray();
        var notFound = new BsonArray();
        foreach (var value in ids)
        {
            if (value is not BsonInt64 id)
            {
                throw CommandArgs.WrongType("killCursors", "cursors", value, "long");
            }

            (context.Server.Cursors.Kill(id.Value) ? killed : notFound).Add(id);
        }

        return Task.FromResult(new BsonDocument
        {
            { "cursorsKilled", killed },
            { "cursorsNotFound", notFound },
            { "cursorsAlive", new BsonArray() },
            { "cursorsUnknown", new BsonArray() },
            { "ok", 1.0 },
        });
    }
}
