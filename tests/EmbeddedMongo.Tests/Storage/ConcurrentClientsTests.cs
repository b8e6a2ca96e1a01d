using System.Diagnostics;
using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Storage;

/// <summary>
/// Eight clients insert, update, find and delete at once for a bounded time (STRESS_SECONDS,
/// default 5): every acknowledged write is visible afterwards, indexes stay consistent, and once
/// the clients are gone the server's open connection count is back to where it started.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ConcurrentClientsTests(MongoTarget target)
{
    private const int Clients = 8;

    private sealed class ClientState
    {
        public Dictionary<int, int> Live { get; } = new();

        public HashSet<int> Deleted { get; } = new();

        public long Operations { get; set; }
    }

    [Fact]
    public async Task Concurrent_clients_lose_no_acknowledged_write_and_release_their_connections()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("STRESS_SECONDS"), out var s) && s > 0 ? s : 5;
        var dbName = target.NewDatabase("stress").DatabaseNamespace.DatabaseName;
        var setup = target.Client.GetDatabase(dbName).GetCollection<BsonDocument>("items");
        await setup.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument { { "client", 1 }, { "n", 1 } }, new CreateIndexOptions { Unique = true }));
        var baseline = target.Embedded?.OpenConnections;

        var deadline = Stopwatch.StartNew();
        var states = new ClientState[Clients];
        var workers = Enumerable.Range(0, Clients).Select(k => Task.Run(async () =>
        {
            var state = states[k] = new ClientState();
            // Distinct settings give each client its own cluster and pool (equal settings share one).
            var settings = MongoClientSettings.FromConnectionString(target.ConnectionString);
            settings.ApplicationName = $"stress-{k}-{Guid.NewGuid():N}";
            using var client = new MongoClient(settings);
            try
            {
                var collection = client.GetDatabase(dbName).GetCollection<BsonDocument>("items");
                var random = new Random(k);
                var next = 0;
                while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
                {
                    state.Operations++;
                    var live = state.Live.Keys.ToList();
                    var choice = live.Count < 5 ? 0 : random.Next(10);
                    if (choice < 4)
                    {
                        var n = next++;
                        await collection.InsertOneAsync(new BsonDocument { { "_id", $"{k}-{n}" }, { "client", k }, { "n", n }, { "v", 0 } });
                        state.Live[n] = 0;
                    }
                    else if (choice < 7)
                    {
                        var n = live[random.Next(live.Count)];
                        var result = await collection.UpdateOneAsync(new BsonDocument { { "client", k }, { "n", n } }, new BsonDocument("$inc", new BsonDocument("v", 1)));
                        Assert.Equal(1, result.ModifiedCount);
                        state.Live[n]++;
                    }
                    else if (choice < 9)
                    {
                        var n = live[random.Next(live.Count)];
                        var found = await collection.Find(new BsonDocument { { "client", k }, { "n", n } }).ToListAsync();
                        Assert.Equal(state.Live[n], Assert.Single(found)["v"].AsInt32);
                    }
                    else
                    {
                        var n = live[random.Next(live.Count)];
                        var result = await collection.DeleteOneAsync(new BsonDocument("_id", $"{k}-{n}"));
                        Assert.Equal(1, result.DeletedCount);
                        state.Live.Remove(n);
                        state.Deleted.Add(n);
                    }
                }
            }
            finally
            {
                // Disposing a MongoClient does not close its cluster's connections; unregistering does.
                ClusterRegistry.Instance.UnregisterAndDisposeCluster(client.Cluster);
            }
        })).ToArray();
        await Task.WhenAll(workers);

        var all = await setup.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.Equal(states.Sum(st => st.Live.Count), all.Count);
        foreach (var document in all)
        {
            var state = states[document["client"].AsInt32];
            Assert.Equal(state.Live[document["n"].AsInt32], document["v"].AsInt32);
        }

        for (var k = 0; k < Clients; k++)
        {
            Assert.True(states[k].Operations > 10, $"client {k} made only {states[k].Operations} operations");
            var viaIndex = await setup.Find(new BsonDocument("client", k)).ToListAsync();
            Assert.Equal(states[k].Live.Keys.Order(), viaIndex.Select(d => d["n"].AsInt32).Order());
        }

        if (target.Embedded is { } server)
        {
            for (var i = 0; i < 200 && server.OpenConnections > baseline; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal(baseline, server.OpenConnections);
        }
    }
}
