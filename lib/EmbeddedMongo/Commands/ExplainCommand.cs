using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// explain: {explain: {find | aggregate | count | distinct | delete | update | findAndModify ...},
/// verbosity}. Plans the inner command exactly as it would run and, unless verbosity is
/// queryPlanner, executes its read part to report true counts. Writes are never applied.
/// </summary>
public sealed class ExplainCommand : CommandHandler
{
    private static readonly string[] Verbosities = ["queryPlanner", "executionStats", "allPlansExecution"];

    public override string Name => "explain";

    public override string Help => "explains a command: {explain: {find: coll, filter...}, verbosity: \"executionStats\"}";

    public override IReadOnlyCollection<string> Fields { get; } = ["verbosity"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["verbosity"] = IdlType.String,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        if (command[0] is not BsonDocument inner || inner.ElementCount == 0)
        {
            throw CommandArgs.WrongType("explain", "explain", command[0], "object");
        }

        var verbosity = CommandArgs.OptionalString(command, "verbosity") ?? "allPlansExecution";
        if (Array.IndexOf(Verbosities, verbosity) < 0)
        {
            throw Errors.BadValue($"Enumeration value '{verbosity}' for field 'verbosity' is not a valid value.");
        }

        var name = inner.GetElement(0).Name;
        if (!ExplainTargets.TryGet(name, out var explainer))
        {
            throw Errors.Make(59, "CommandNotFound", $"Explain failed due to unknown command: {name}");
        }

        if (CommandTable.Find(name) is { } explainedHandler)
        {
            FieldTypes.Check(name, inner, explainedHandler.Types);
        }

        var explained = explainer(context, inner, verbosity);
        var reply = new BsonDocument("explainVersion", "1");
        reply.AddRange(explained);
        var echoed = inner.DeepClone().AsBsonDocument;
        echoed["$db"] = context.Database;
        reply["command"] = echoed;
        var host = context.Server.Host;
        var colon = host.LastIndexOf(':');
        reply["serverInfo"] = new BsonDocument
        {
            { "host", colon > 0 ? host[..colon] : host },
            { "port", colon > 0 && int.TryParse(host[(colon + 1)..], out var port) ? port : 27017 },
            { "version", ServerVersion.Version },
            { "gitVersion", "embedded" },
        };
        reply["serverParameters"] = new BsonDocument
        {
            { "internalQueryFacetBufferSizeBytes", 104857600 },
            { "internalQueryMaxBlockingSortMemoryUsageBytes", 104857600 },
            { "internalDocumentSourceGroupMaxMemoryBytes", 104857600 },
        };
        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }
}
