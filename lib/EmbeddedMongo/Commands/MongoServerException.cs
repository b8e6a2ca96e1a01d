using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// The one exception type the server throws for a failed command. It carries MongoDB's real
/// numeric code and code name so that the driver's <c>MongoCommandException.Code</c> is what a
/// real server would give. Create instances through <see cref="Errors"/>.
/// </summary>
public sealed class MongoServerException : Exception
{
    public MongoServerException(int code, string codeName, string message, BsonDocument? extra = null)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
        Extra = extra;
    }

    public MongoServerException() : this(8, "UnknownError", "unknown error")
    {
    }

    public MongoServerException(string message) : this(8, "UnknownError", message)
    {
    }

    public MongoServerException(string message, Exception innerException) : base(message, innerException)
    {
        Code = 8;
        CodeName = "UnknownError";
    }

    public int Code { get; }

    public string CodeName { get; }

    /// <summary>Extra fields for the error reply or write error (errInfo, keyPattern, keyValue...).</summary>
    public BsonDocument? Extra { get; }

    /// <summary>Error labels such as TransientTransactionError.</summary>
    public IList<string> Labels { get; } = new List<string>();

    public BsonDocument ToReply()
    {
        var reply = new BsonDocument
        {
            { "ok", 0.0 },
            { "errmsg", Message },
            { "code", Code },
            { "codeName", CodeName },
        };
        if (Extra is not null)
        {
            foreach (var element in Extra)
            {
                reply[element.Name] = element.Value;
            }
        }

        if (Labels.Count > 0)
        {
            reply["errorLabels"] = new BsonArray(Labels);
        }

        return reply;
    }

    /// <summary>The shape of one entry of a write command's <c>writeErrors</c> array.</summary>
    public BsonDocument ToWriteError(int index)
    {
        var error = new BsonDocument
        {
            { "index", index },
            { "code", Code },
            { "codeName", CodeName },
            { "errmsg", Message },
        };
        if (Extra is not null)
        {
            foreach (var element in Extra)
            {
                error[element.Name] = element.Value;
            }
        }

        return error;
    }
}
