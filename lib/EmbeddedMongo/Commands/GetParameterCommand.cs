using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>getParameter: the server parameters that apply to this server.</summary>
public sealed class GetParameterCommand : CommandHandler
{
    public override string Name => "getParameter";

    public override string Help => "reads server parameters ({getParameter: '*'} for all)";

    public override bool StrictFields => false;

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var options = context.Server.Options;
        var all = new BsonDocument
        {
            { "cursorTimeoutMillis", (long)options.CursorTimeout.TotalMilliseconds },
            { "featureCompatibilityVersion", new BsonDocument("version", "8.0") },
            { "localLogicalSessionTimeoutMinutes", options.LogicalSessionTimeoutMinutes },
            { "maxBSONDepth", 100 },
            { "transactionLifetimeLimitSeconds", (int)context.Server.Transactions.Lifetime.TotalSeconds },
        };
        var reply = new BsonDocument();
        var first = context.Command.GetElement(0).Value;
        if (first is BsonString { Value: "*" } || first is BsonDocument { } d && d.GetValue("allParameters", false).ToBoolean())
        {
            reply.AddRange(all);
        }
        else
        {
            foreach (var element in context.Command.Skip(1))
            {
                if (CommandArgs.Generic.Contains(element.Name))
                {
                    continue;
                }

                if (!all.TryGetValue(element.Name, out var value))
                {
                    throw Errors.InvalidOptions($"no option found to get");
                }

                reply[element.Name] = value;
            }

            if (reply.ElementCount == 0)
            {
                throw Errors.InvalidOptions("no option found to get");
            }
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }
}
