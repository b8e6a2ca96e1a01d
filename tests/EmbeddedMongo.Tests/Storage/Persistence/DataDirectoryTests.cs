using EmbeddedMongo.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Storage.Persistence;

/// <summary>Durability of the embedded server's data folder, exercised through the driver across restarts.</summary>
public sealed class DataDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "embedded-mongo-" + Guid.NewGuid().ToString("N"));

    private Task<EmbeddedMongoServer> StartAsync() => EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { DataDirectory = folder });

    [Fact]
    public async Task Data_survives_a_restart_with_indexes_and_options()
    {
        await using (var server = await StartAsync())
        {
            using var client = new MongoClient(server.ConnectionString);
            var db = client.GetDatabase("shop");
            await db.CreateCollectionAsync("customers", new CreateCollectionOptions<BsonDocument>
            {
                Validator = new BsonDocument("kind", "customer"),
            });
            var customers = db.GetCollection<BsonDocument>("customers");
            await customers.InsertManyAsync(Enumerable.Range(0, 500).Select(i => new BsonDocument { { "_id", i }, { "kind", "customer" }, { "name", "c" + i }, { "spent", new Decimal128(i * 1.25m) } }));
            await customers.DeleteOneAsync(new BsonDocument("_id", 7));
        }

        await using (var server = await StartAsync())
        {
            using var client = new MongoClient(server.ConnectionString);
            var customers = client.GetDatabase("shop").GetCollection<BsonDocument>("customers");
            var all = await customers.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
            Assert.Equal(499, all.Count);
            Assert.DoesNotContain(all, d => d["_id"] == 7);
            Assert.Equal(new Decimal128(10 * 1.25m), all.Single(d => d["_id"] == 10)["spent"].AsDecimal128);
            var collections = await (await client.GetDatabase("shop").ListCollectionsAsync()).ToListAsync();
            Assert.True(collections.Single()["options"].AsBsonDocument.Contains("validator"));
        }
    }

    [Fact]
    public async Task Journal_alone_recovers_acknowledged_writes_and_ignores_a_torn_tail()
    {
        var server = await StartAsync();
        using (var client = new MongoClient(server.ConnectionString))
        {
            // j: true, as MongoDB promises durability only for journaled writes (without it the
            // journal is flushed shortly after the acknowledgement, and a copy taken at once may miss it).
            var items = client.GetDatabase("shop").GetCollection<BsonDocument>("items").WithWriteConcern(new WriteConcern(journal: true));
            await items.InsertManyAsync(Enumerable.Range(0, 100).Select(i => new BsonDocument("_id", i)));
        }

        // Simulate a crash: copy the files while the server still runs (no checkpoint on exit), then add a torn frame.
        var crashed = folder + "-crash";
        Directory.CreateDirectory(crashed);
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith("mongod.lock", StringComparison.Ordinal)))
        {
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(Path.Combine(crashed, Path.GetFileName(file)));
            source.CopyTo(target);
        }

        await server.DisposeAsync();
        await using (var journal = new FileStream(Path.Combine(crashed, "journal.bin"), FileMode.Append))
        {
            journal.Write([200, 0, 0, 0, 1, 2, 3, 4, 5, 6]);
        }

        try
        {
            await using var restarted = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { DataDirectory = crashed });
            using var client = new MongoClient(restarted.ConnectionString);
            var count = (await client.GetDatabase("shop").GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count;
            Assert.Equal(100, count);
        }
        finally
        {
            Directory.Delete(crashed, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_server_cannot_open_the_same_folder()
    {
        await using var server = await StartAsync();
        var ex = await Assert.ThrowsAsync<IOException>(StartAsync);
        Assert.Contains("in use by another server", ex.Message);
    }

    [Fact]
    public async Task A_damaged_checkpoint_is_an_error_not_a_partial_load()
    {
        await using (var server = await StartAsync())
        {
            using var client = new MongoClient(server.ConnectionString);
            await client.GetDatabase("shop").GetCollection<BsonDocument>("items").InsertManyAsync(Enumerable.Range(0, 50).Select(i => new BsonDocument("_id", i)));
        }

        var checkpoint = Path.Combine(folder, "checkpoint.bin");
        var bytes = await File.ReadAllBytesAsync(checkpoint);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(checkpoint, bytes);
        var ex = await Assert.ThrowsAsync<InvalidDataException>(StartAsync);
        Assert.Contains("damaged", ex.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
