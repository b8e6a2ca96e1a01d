using System.Diagnostics;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>A well-behaved client beside the load: pings and reads one document all the time; every answer must come.</summary>
internal sealed class HealthyClient
{
    public long Answers { get; private set; }

    public long Failures { get; private set; }

    public TimeSpan SlowestAnswer { get; private set; }

    public string? FirstFailure { get; private set; }

    public async Task RunAsync(string connectionString, CancellationToken stop)
    {
        using var client = OwnedClient.Create(connectionString, "soak-healthy");
        var admin = client.Database("admin");
        var health = client.Database(SoakContext.Database).GetCollection<BsonDocument>("health");
        await health.InsertOneAsync(new BsonDocument { { "_id", "health" }, { "ok", true } });
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await admin.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
                var found = await health.Find(new BsonDocument("_id", "health")).FirstOrDefaultAsync();
                if (found is null)
                {
                    throw new InvalidOperationException("the health document is gone");
                }

                Answers++;
            }
            catch (Exception ex) when (ex is MongoException or TimeoutException or InvalidOperationException)
            {
                Failures++;
                FirstFailure ??= $"{ex.GetType().Name}: {ex.Message}";
            }

            SlowestAnswer = watch.Elapsed > SlowestAnswer ? watch.Elapsed : SlowestAnswer;
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
