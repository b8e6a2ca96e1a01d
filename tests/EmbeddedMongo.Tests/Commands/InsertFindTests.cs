using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class InsertFindTests(MongoTarget target)
{
    [Fact]
    public async Task Inserted_documents_come_back_in_insertion_order()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync([new BsonDocument("x", 1), new BsonDocument("x", 2), new BsonDocument("x", 3)]);
        var all = await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.Equal([1, 2, 3], all.Select(d => d["x"].AsInt32));
        Assert.All(all, d => Assert.Equal("_id", d.GetElement(0).Name));
    }

    [Fact]
    public async Task Insert_rejects_duplicate_id_with_E11000()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.InsertOneAsync(new BsonDocument("_id", 1.0)));
        Assert.Equal(11000, ex.WriteError.Code);
        Assert.Contains("E11000 duplicate key error", ex.WriteError.Message);
    }

    [Fact]
    public async Task Unordered_insert_continues_after_an_error_and_reports_its_index()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var docs = new[] { new BsonDocument("_id", 1), new BsonDocument("_id", 1), new BsonDocument("_id", 2) };
        var ex = await Assert.ThrowsAsync<MongoBulkWriteException<BsonDocument>>(() =>
            collection.InsertManyAsync(docs, new InsertManyOptions { IsOrdered = false }));
        var error = Assert.Single(ex.WriteErrors);
        Assert.Equal(1, error.Index);
        Assert.Equal(2, (await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    }

    [Fact]
    public async Task Large_result_is_read_through_getMore_batches()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 1000).Select(i => new BsonDocument("i", i)));
        var seen = 0;
        using var cursor = await collection.FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 64 });
        while (await cursor.MoveNextAsync())
        {
            seen += cursor.Current.Count();
        }

        Assert.Equal(1000, seen);
    }

    [Fact]
    public async Task Find_with_sort_skip_and_limit()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 20).Select(i => new BsonDocument { { "_id", i }, { "v", (i * 7) % 20 } }));
        var page = await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("v", -1)).Skip(2).Limit(3).ToListAsync();
        Assert.Equal([17, 16, 15], page.Select(d => d["v"].AsInt32));
    }

    [Fact]
    public async Task Delete_one_and_many()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument { { "_id", i }, { "k", i % 2 } }));
        var one = await collection.DeleteOneAsync(new BsonDocument("k", 1));
        Assert.Equal(1, one.DeletedCount);
        var many = await collection.DeleteManyAsync(new BsonDocument("k", 1));
        Assert.Equal(4, many.DeletedCount);
        Assert.Equal(5, (await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    }
}
