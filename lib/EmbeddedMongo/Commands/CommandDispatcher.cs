using EmbeddedMongo.Hosting;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>Finds a command's handler, checks its fields, runs it and shapes success and failure replies.</summary>
public static class CommandDispatcher
{
    public static async Task<BsonDocument> DispatchAsync(ServerState server, ConnectionInfo connection, string database, BsonDocument command, CancellationToken cancellationToken)
    {
        BsonDocument reply;
        try
        {
            if (command.ElementCount == 0)
            {
                throw Errors.Location(40412, "Command document is empty");
            }

            var name = command.GetElement(0).Name;
            var handler = ChangeStreams.ChangeStreamCommand.Intercept(command) ?? CommandTable.Find(name) ?? throw Errors.CommandNotFound(name);
            if (server.Options.RequireAuthentication && connection.AuthenticatedUser is null && !Auth.Authorization.AllowedBeforeAuthentication(server, connection, name))
            {
                throw Errors.Unauthorized($"Command {name} requires authentication");
            }

            if (handler.StrictFields)
            {
                CommandArgs.CheckFields(name, command, handler.Fields);
            }

            FieldTypes.Check(name, command, handler.Types);

            server.Statistics.CountCommand();
            var context = new CommandContext(server, connection, database, command, cancellationToken);
            if (command.TryGetValue("maxTimeMS", out var maxTime) && Query.BsonOrder.IsNumber(maxTime) && Query.Numeric.ToDouble(maxTime) > 0)
            {
                context.Deadline = DateTime.UtcNow.AddMilliseconds(Query.Numeric.ToDouble(maxTime));
            }

            Storage.StorageEngine.DurableRequested = command.TryGetValue("writeConcern", out var wc) && wc is BsonDocument writeConcern
                && (writeConcern.GetValue("j", false).ToBoolean() || writeConcern.GetValue("w", 1) is BsonString { Value: "majority" });
            using (Query.Collation.Use(Query.Collation.Parse(command.TryGetValue("collation", out var collation) ? collation : DefaultCollation(context, name))))
            {
                reply = await Transactions.SessionGate.ExecuteAsync(context, handler);
            }
            if (!reply.Contains("ok"))
            {
                reply["ok"] = 1.0;
            }
        }
        catch (MongoServerException ex)
        {
            reply = ex.ToReply();
        }
        catch (Protocol.InvalidBsonException ex)
        {
            reply = Errors.InvalidBson(ex.Message).ToReply();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in one command must not take the connection down: answer InternalError.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            server.Options.Log?.Invoke($"internal error in command {command.GetElement(0).Name}: {ex}");
            reply = Errors.InternalError($"{ex.GetType().Name}: {ex.Message}").ToReply();
        }

        var now = server.Clock.Now;
        reply["operationTime"] = now;
        reply["$clusterTime"] = server.Clock.ClusterTimeDocument(now);
        return reply;
    }

    /// <summary>The collection's default collation for a query command that names none (BsonNull when there is none).</summary>
    private static BsonValue DefaultCollation(CommandContext context, string name)
    {
        if (name is not ("find" or "aggregate" or "count" or "distinct" or "update" or "delete" or "findAndModify")
            || context.Command.GetElement(0).Value is not BsonString { Value: var collection })
        {
            return BsonNull.Value;
        }

        return context.Storage.Read(() => context.Storage.FindCollection(context.Database, collection)?.Options.GetValue("collation", BsonNull.Value)) ?? BsonNull.Value;
    }
}
