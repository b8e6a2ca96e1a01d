using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>buildInfo: the MongoDB version whose semantics the server follows.</summary>
public sealed class BuildInfoCommand : CommandHandler
{
    private readonly string name;

    public BuildInfoCommand(string name) => this.name = name;

    public override string Name => name;

    public override string Help => "the MongoDB version whose semantics this server follows";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var parts = ServerVersion.Version.Split('.').Select(int.Parse).ToList();
        parts.Add(0);
        return Task.FromResult(new BsonDocument
        {
            { "version", ServerVersion.Version },
            { "gitVersion", "embedded" },
            { "versionArray", new BsonArray(parts) },
            { "bits", 64 },
            { "debug", false },
            { "maxBsonObjectSize", context.Server.Options.MaxBsonObjectSize },
            { "storageEngines", new BsonArray { "embedded" } },
            { "modules", new BsonArray() },
            { "sysInfo", "deprecated" },
            { "javascriptEngine", "none" },
            { "ok", 1.0 },
        });
    }
}
