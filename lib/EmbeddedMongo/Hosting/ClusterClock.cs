using MongoDB.Bson;

namespace EmbeddedMongo.Hosting;

/// <summary>
/// The server's logical clock: a BSON Timestamp (seconds, increment) that grows with every write,
/// reported as operationTime and $clusterTime and used to order change events.
/// </summary>
public sealed class ClusterClock
{
    private readonly Lock gate = new();
    private int seconds;
    private int increment;

    public BsonTimestamp Now
    {
        get
        {
            lock (gate)
            {
                return new BsonTimestamp(seconds == 0 ? (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds() : seconds, increment);
            }
        }
    }

    /// <summary>Advances the clock for a new write and returns its time.</summary>
    public BsonTimestamp Tick()
    {
        lock (gate)
        {
            var wall = (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (wall > seconds)
            {
                seconds = wall;
                increment = 1;
            }
            else
            {
                increment++;
            }

            return new BsonTimestamp(seconds, increment);
        }
    }

    /// <summary>The $clusterTime document gossiped to the driver (unsigned: keyId 0, zero hash).</summary>
    public BsonDocument ClusterTimeDocument(BsonTimestamp time) => new()
    {
        { "clusterTime", time },
        {
            "signature", new BsonDocument
            {
                { "hash", new BsonBinaryData(new byte[20], BsonBinarySubType.Binary) },
                { "keyId", 0L },
            }
        },
    };
}
