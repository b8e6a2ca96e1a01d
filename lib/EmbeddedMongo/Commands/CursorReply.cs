using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>Builds the cursor document of find, aggregate, listCollections... and registers open cursors.</summary>
public static class CursorReply
{
    /// <summary>Takes the first batch and registers the cursor if anything is left (batchSize 0: an empty first batch, the cursor open).</summary>
    public static async Task<BsonDocument> FirstBatchAsync(CommandContext context, ServerCursor cursor, int? batchSize, bool singleBatch = false)
    {
        if (batchSize == 0 && !singleBatch)
        {
            cursor.SessionId = context.SessionId;
            return Build(cursor.Namespace, context.Server.Cursors.Register(cursor), "firstBatch", new CursorBatch([], false));
        }

        var batch = await cursor.NextBatchAsync(batchSize ?? 101, null, context.CancellationToken);
        long id = 0;
        if (!batch.Exhausted && !singleBatch)
        {
            cursor.SessionId = context.SessionId;
            id = context.Server.Cursors.Register(cursor);
        }
        else if (!batch.Exhausted)
        {
            cursor.Close();
        }

        return Build(cursor.Namespace, id, "firstBatch", batch);
    }

    public static BsonDocument Build(string ns, long id, string batchName, CursorBatch batch)
    {
        var cursorDocument = new BsonDocument
        {
            { batchName, batch.Documents },
        };
        if (batch.Extra is not null)
        {
            cursorDocument.AddRange(batch.Extra);
        }

        cursorDocument.Add("id", id);
        cursorDocument.Add("ns", ns);
        return new BsonDocument { { "cursor", cursorDocument }, { "ok", 1.0 } };
    }

    /// <summary>Reads batchSize from a cursor option document ({cursor: {batchSize}}) or field.</summary>
    public static int? BatchSize(string command, BsonValue? value)
    {
        if (value is null || value.IsBsonNull)
        {
            return null;
        }

        if (!Query.BsonOrder.IsNumber(value))
        {
            throw CommandArgs.WrongType(command, "batchSize", value, "[long, int, decimal, double]");
        }

        var n = Query.Numeric.ToDouble(value);
        if (n < 0)
        {
            throw Errors.Location(51024, $"BSON field 'batchSize' value must be >= 0, actual value '{value}'");
        }

        return n > int.MaxValue ? int.MaxValue : (int)n;
    }
}
