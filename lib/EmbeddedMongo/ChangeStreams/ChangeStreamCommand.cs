using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// aggregate with a leading <c>$changeStream</c> stage: opens a change stream on a collection,
/// a database (<c>aggregate: 1</c>) or the deployment (admin, <c>allChangesForCluster: true</c>).
/// The dispatcher routes such aggregates here (<see cref="Intercept"/>), other aggregates go to
/// the aggregate command.
/// </summary>
public sealed class ChangeStreamCommand : CommandHandler
{
    private static readonly ChangeStreamCommand Instance = new();

    public override string Name => "aggregate";

    public override string Help => "opens a change stream: {aggregate: coll | 1, pipeline: [{$changeStream: {...}}, ...], cursor: {}}";

    public override bool StrictFields => false;

    /// <summary>This handler when the command is an aggregate whose pipeline starts with $changeStream.</summary>
    public static CommandHandler? Intercept(BsonDocument command)
        => command.ElementCount > 0 && command.GetElement(0).Name == "aggregate"
            && command.GetValue("pipeline", BsonNull.Value) is BsonArray { Count: > 0 } pipeline
            && pipeline[0] is BsonDocument { ElementCount: > 0 } first && first.GetElement(0).Name == "$changeStream"
            ? Instance
            : null;

    public override async Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        if (context.Transaction is not null)
        {
            throw Errors.OperationNotSupportedInTransaction("Operation not permitted in transaction :: caused by :: $changeStream is not allowed in a multi-document transaction");
        }

        var command = context.Command;
        var pipeline = command["pipeline"].AsBsonArray;
        var spec = ChangeStreamSpec.Parse(context.Database, command[0], pipeline[0].AsBsonDocument[0]);
        var stages = new ChangeStreamPipeline(pipeline, context.Storage, context.Database, command[0] is BsonString c ? c.Value : null);
        var cursorOptions = CommandArgs.OptionalDocument(command, "cursor")
            ?? throw Errors.FailedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
        var cursor = new ChangeStreamCursor(context.Server, spec, stages, StartPosition(context, spec));
        return await CursorReply.FirstBatchAsync(context, cursor, CursorReply.BatchSize("aggregate", cursorOptions.GetValue("batchSize", BsonNull.Value)));
    }

    /// <summary>The log position the stream starts after: a resume token's, an operation time's, or now.</summary>
    private static long StartPosition(CommandContext context, ChangeStreamSpec spec)
    {
        var log = context.Server.ChangeEvents;
        if ((spec.ResumeAfter ?? spec.StartAfter) is { } token)
        {
            if (spec.ResumeAfter is { Invalidate: true })
            {
                throw Errors.InvalidResumeToken("Attempting to resume a change stream using 'resumeAfter' is not allowed from an invalidate notification.");
            }

            return log.IsLost(token.Sequence) ? throw HistoryLost() : token.Sequence;
        }

        if (spec.StartAtOperationTime is { } time)
        {
            return log.IsLost(time) ? throw HistoryLost() : log.SequenceBefore(time);
        }

        return log.LastSequence;
    }

    private static MongoServerException HistoryLost()
        => Errors.ChangeStreamHistoryLost("Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
}
