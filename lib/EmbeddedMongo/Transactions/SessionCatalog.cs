using System.Collections.Concurrent;
using EmbeddedMongo.Hosting;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// The server's logical sessions. A session unused for logicalSessionTimeoutMinutes expires:
/// its open transaction is aborted and its cursors are closed, as endSessions does at once.
/// A timer also aborts transactions that outlive transactionLifetimeLimitSeconds.
/// </summary>
public sealed class SessionCatalog : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ServerSession> sessions = new();
    private readonly ServerState server;
    private readonly Timer reaper;

    public SessionCatalog(ServerState server)
    {
        this.server = server;
        reaper = new Timer(_ => Reap(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public int Count => sessions.Count;

    /// <summary>The session with this id, started now if the server does not know it; marks it used.</summary>
    public ServerSession Touch(Guid id, BsonDocument lsid)
    {
        var session = sessions.GetOrAdd(id, _ => new ServerSession(id, lsid));
        session.LastUseUtc = DateTime.UtcNow;
        return session;
    }

    public bool Refresh(Guid id)
    {
        if (sessions.TryGetValue(id, out var session))
        {
            session.LastUseUtc = DateTime.UtcNow;
            return true;
        }

        return false;
    }

    /// <summary>Ends a session: aborts its open transaction and closes its cursors.</summary>
    public void End(Guid id)
    {
        if (sessions.TryRemove(id, out var session) && session.Transaction is { } transaction)
        {
            server.Transactions.Abort(transaction);
        }

        server.Cursors.KillForSession(id);
    }

    private void Reap()
    {
        server.Transactions.ExpireOld();
        var limit = DateTime.UtcNow - (server.Options.SessionIdleTimeout ?? TimeSpan.FromMinutes(server.Options.LogicalSessionTimeoutMinutes));
        foreach (var session in sessions.Values)
        {
            if (session.LastUseUtc < limit && session.Gate.CurrentCount > 0)
            {
                End(session.Id);
            }
        }
    }

    public void Dispose() => reaper.Dispose();
}
