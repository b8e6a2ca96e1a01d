using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// hello / isMaster: presents the server as the primary of a single-node replica set so that the
/// driver allows sessions, transactions and change streams. With topologyVersion and
/// maxAwaitTimeMS (the driver's streaming monitor) the reply waits up to maxAwaitTimeMS, since
/// the topology of a single node never changes.
/// </summary>
public sealed class HelloCommand : CommandHandler
{
    private readonly string name;

    public HelloCommand(string name) => this.name = name;

    public override string Name => name;

    public override string Help => "reports the server's role and limits (the driver's handshake and monitor)";

    public override bool StrictFields => false;

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var server = context.Server;
        if (command.TryGetValue("topologyVersion", out var tv) && tv is BsonDocument topologyVersion
            && command.TryGetValue("maxAwaitTimeMS", out var wait) && Query.BsonOrder.IsNumber(wait)
            && topologyVersion.GetValue("processId", BsonNull.Value) == server.ProcessId)
        {
            var delay = TimeSpan.FromMilliseconds(Math.Max(0, Query.Numeric.ToDouble(wait)));
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, server.Stopping.Token);
            try
            {
                await Task.Delay(delay, linked.Token);
            }
            catch (OperationCanceledException) when (server.Stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
            {
                // Shutting down: answer at once.
            }
        }

        context.Connection.HandshakeDone = true;
        var host = server.Host;
        var legacy = name != "hello";
        var reply = new BsonDocument();
        if (command.GetValue("helloOk", false).ToBoolean() || !legacy)
        {
            reply["helloOk"] = true;
        }

        reply[legacy ? "ismaster" : "isWritablePrimary"] = true;
        if (command.TryGetValue("saslSupportedMechs", out var mechsFor) && mechsFor is BsonString qualified
            && qualified.Value.IndexOf('.') is var dot and > 0
            && Auth.UserStore.Find(context.Storage, qualified.Value[..dot], qualified.Value[(dot + 1)..]) is not null)
        {
            reply["saslSupportedMechs"] = new BsonArray { Auth.ScramCredential.Mechanism };
        }

        reply.AddRange(new BsonDocument
        {
            { "topologyVersion", new BsonDocument { { "processId", server.ProcessId }, { "counter", 0L } } },
            { "hosts", new BsonArray { host } },
            { "setName", server.Options.ReplicaSetName },
            { "setVersion", 1 },
            { "secondary", false },
            { "primary", host },
            { "me", host },
            { "electionId", new ObjectId("7fffffff0000000000000001") },
            {
                "lastWrite", new BsonDocument
                {
                    { "opTime", new BsonDocument { { "ts", server.Clock.Now }, { "t", 1L } } },
                    { "lastWriteDate", new BsonDateTime(DateTime.UtcNow) },
                }
            },
            { "maxBsonObjectSize", server.Options.MaxBsonObjectSize },
            { "maxMessageSizeBytes", server.Options.MaxMessageSizeBytes },
            { "maxWriteBatchSize", 100_000 },
            { "localTime", new BsonDateTime(DateTime.UtcNow) },
            { "logicalSessionTimeoutMinutes", server.Options.LogicalSessionTimeoutMinutes },
            { "connectionId", (int)context.Connection.Id },
            { "minWireVersion", 0 },
            { "maxWireVersion", ServerVersion.MaxWireVersion },
            { "readOnly", false },
            { "ok", 1.0 },
        });
        return reply;
    }
}
