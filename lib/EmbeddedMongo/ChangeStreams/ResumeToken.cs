using System.Globalization;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.ChangeStreams;

/// <summary>
/// A change stream resume token <c>{_data: "82..."}</c>: hex of the event's cluster time, its
/// position in the event log and whether it marks an invalidate. Like MongoDB's (a KeyString that
/// starts with 0x82, the timestamp type byte) it sorts by cluster time; clients treat it as opaque.
/// </summary>
public readonly record struct ResumeToken(BsonTimestamp ClusterTime, long Sequence, bool Invalidate)
{
    private const string Prefix = "82";
    private const int Length = 2 + 16 + 16 + 2;

    public BsonDocument ToDocument() => new("_data", Prefix
        + ClusterTime.Value.ToString("X16", CultureInfo.InvariantCulture)
        + Sequence.ToString("X16", CultureInfo.InvariantCulture)
        + (Invalidate ? "01" : "00"));

    public static ResumeToken Parse(BsonValue value, string option)
    {
        if (value is not BsonDocument document)
        {
            throw CommandArgs.WrongType("$changeStream", option, value, "object");
        }

        if (document.GetValue("_data", BsonNull.Value) is not BsonString { Value: var data })
        {
            throw Errors.FailedToParse($"Bad resume token: _data of missing or of wrong type. Expected string, got {document.ToJson()}");
        }

        if (data.Length != Length || !data.StartsWith(Prefix, StringComparison.Ordinal)
            || !ulong.TryParse(data.AsSpan(2, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var time)
            || !long.TryParse(data.AsSpan(18, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var sequence)
            || data[^2..] is not ("00" or "01"))
        {
            throw Errors.FailedToParse($"Failed to decode resume token: {document.ToJson()}");
        }

        return new ResumeToken(new BsonTimestamp((long)time), sequence, data[^2..] == "01");
    }
}
