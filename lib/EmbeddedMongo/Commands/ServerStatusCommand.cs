using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>serverStatus: uptime, connections, operation counters, open cursors, transactions and sessions, counted truthfully.</summary>
public sealed class ServerStatusCommand : CommandHandler
{
    public override string Name => "serverStatus";

    public override string Help => "server counters: connections, opcounters, cursors";

    public override bool StrictFields => false;

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var server = context.Server;
        var stats = server.Statistics;
        var uptime = DateTime.UtcNow - server.StartedUtc;
        var (started, committed, aborted) = server.Transactions.Totals;
        return Task.FromResult(new BsonDocument
        {
            { "host", server.Host },
            { "version", ServerVersion.Version },
            { "process", "embedded-mongo" },
            { "pid", (long)Environment.ProcessId },
            { "uptime", Math.Floor(uptime.TotalSeconds) },
            { "uptimeMillis", (long)uptime.TotalMilliseconds },
            { "localTime", new BsonDateTime(DateTime.UtcNow) },
            {
                "connections", new BsonDocument
                {
                    { "current", (int)stats.CurrentConnections },
                    { "available", 1_000_000 - (int)stats.CurrentConnections },
                    { "totalCreated", stats.TotalConnections },
                }
            },
            {
                "opcounters", new BsonDocument
                {
                    { "insert", stats.Insert },
                    { "query", stats.Query },
                    { "update", stats.Update },
                    { "delete", stats.Delete },
                    { "getmore", stats.GetMore },
                    { "command", stats.Command },
                }
            },
            {
                "transactions", new BsonDocument
                {
                    { "currentOpen", (long)server.Transactions.OpenCount },
                    { "totalAborted", aborted },
                    { "totalCommitted", committed },
                    { "totalStarted", started },
                }
            },
            { "logicalSessionRecordCache", new BsonDocument("activeSessionsCount", server.Sessions.Count) },
            {
                "metrics", new BsonDocument
                {
                    {
                        "cursor", new BsonDocument
                        {
                            { "timedOut", server.Cursors.TimedOut },
                            { "open", new BsonDocument { { "total", (long)server.Cursors.Count } } },
                            { "totalOpened", server.Cursors.TotalOpened },
                        }
                    },
                    { "ttl", new BsonDocument { { "deletedDocuments", server.Ttl.DeletedDocuments }, { "passes", server.Ttl.Passes } } },
                }
            },
            { "ok", 1.0 },
        });
    }
}
