using EmbeddedMongo.Hosting;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>One command being executed: the server, the connection, the database and the command document.</summary>
public sealed class CommandContext
{
    public CommandContext(ServerState server, ConnectionInfo connection, string database, BsonDocument command, CancellationToken cancellationToken)
    {
        Server = server;
        Connection = connection;
        Database = database;
        Command = command;
        CancellationToken = cancellationToken;
    }

    public ServerState Server { get; }

    public StorageEngine Storage => Server.Storage;

    public ConnectionInfo Connection { get; }

    /// <summary>The command's $db.</summary>
    public string Database { get; }

    public BsonDocument Command { get; }

    /// <summary>The name the command was invoked with (first field).</summary>
    public string Name => Command.GetElement(0).Name;

    public CancellationToken CancellationToken { get; }

    /// <summary>The logical session id (lsid.id), when the driver sent one.</summary>
    public Guid? SessionId => Command.TryGetValue("lsid", out var lsid) && lsid is BsonDocument d && d.TryGetValue("id", out var id) && id is BsonBinaryData bin && bin.IsGuid
        ? bin.ToGuid()
        : null;

    /// <summary>The multi-document transaction this command is a statement of, if any.</summary>
    public Transactions.Transaction? Transaction { get; set; }

    /// <summary>A deadline from maxTimeMS, if the command set one.</summary>
    public DateTime? Deadline { get; set; }
}
