using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>What every soak role shares: where the server is, the ledger, and when to stop.</summary>
public sealed record SoakContext(string ConnectionString, int Port, SoakLedger Ledger, CancellationToken Stop)
{
    public const string Database = "soak";
    public const string Items = "items";
    public const string Counters = "counters";

    public IMongoCollection<BsonDocument> Collection(OwnedClient client, string name) => client.Database(Database).GetCollection<BsonDocument>(name);

    /// <summary>Runs a role's loop until the soak ends; an unexpected failure is a problem (the server is healthy throughout).</summary>
    public async Task LoopAsync(string role, Func<int, Task> step)
    {
        for (var n = 0; !Stop.IsCancellationRequested; n++)
        {
            try
            {
                await step(n);
                Ledger.Count();
            }
            catch (OperationCanceledException) when (Stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is MongoException or TimeoutException or IOException or System.Net.Sockets.SocketException)
            {
                Ledger.Problem($"{role}: {ex.GetType().Name}: {ex.Message}");
                return;
            }
        }
    }
}
