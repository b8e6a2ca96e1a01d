using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Transactions;

/// <summary>The server's error code, whichever exception type the driver wrapped it in.</summary>
internal static class Codes
{
    public static int Of(MongoException exception) => exception switch
    {
        MongoCommandException command => command.Code,
        MongoWriteException write => write.WriteError.Code,
        MongoBulkWriteException bulk => bulk.WriteErrors[0].Code,
        _ => -1,
    };
}
