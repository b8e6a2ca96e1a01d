using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class OutStageTests(MongoTarget target)
{
    [Fact]
    public async Task Out_writes_the_results_into_a_new_collection()
    {
        // After the manual's books/authors example.
        var database = target.NewDatabase();
        var books = database.GetCollection<BsonDocument>("books");
        await books.InsertManyAsync(Aggregate.Documents(
            "[{_id: 8751, title: 'The Banquet', author: 'Dante', copies: 2}, {_id: 8752, title: 'Divine Comedy', author: 'Dante', copies: 1}," +
            " {_id: 8645, title: 'Eclogues', author: 'Dante', copies: 2}, {_id: 7000, title: 'The Odyssey', author: 'Homer', copies: 10}, {_id: 7020, title: 'Iliad', author: 'Homer', copies: 10}]"));
        var output = await Aggregate.RawAsync(books, "[{$group: {_id: '$author', books: {$push: '$title'}}}, {$out: 'authors'}]");
        Assert.Empty(output);
        var authors = await database.GetCollection<BsonDocument>("authors").Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("_id", 1)).ToListAsync();
        Aggregate.Same("[{_id: 'Dante', books: ['The Banquet', 'Divine Comedy', 'Eclogues']}, {_id: 'Homer', books: ['The Odyssey', 'Iliad']}]", authors);
    }

    [Fact]
    public async Task Out_replaces_the_existing_contents_and_keeps_indexes()
    {
        var database = target.NewDatabase();
        var source = database.GetCollection<BsonDocument>("source");
        await source.InsertManyAsync(Aggregate.Documents("[{_id: 1, k: 'a'}, {_id: 2, k: 'b'}]"));
        var outCollection = database.GetCollection<BsonDocument>("out");
        await outCollection.InsertManyAsync(Aggregate.Documents("[{_id: 9, k: 'old'}]"));
        await outCollection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("k", 1), new CreateIndexOptions { Unique = true }));
        await Aggregate.RawAsync(source, "[{$out: 'out'}]");
        Aggregate.Same("[{_id: 1, k: 'a'}, {_id: 2, k: 'b'}]", await outCollection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
        var indexes = await (await outCollection.Indexes.ListAsync()).ToListAsync();
        Assert.Contains(indexes, i => i["name"].AsString == "k_1");
    }

    [Fact]
    public async Task Out_failing_on_a_duplicate_key_leaves_the_target_untouched()
    {
        var database = target.NewDatabase();
        var source = database.GetCollection<BsonDocument>("source");
        await source.InsertManyAsync(Aggregate.Documents("[{_id: 1, k: 'a'}, {_id: 2, k: 'a'}]"));
        var outCollection = database.GetCollection<BsonDocument>("out");
        await outCollection.InsertManyAsync(Aggregate.Documents("[{_id: 9, k: 'old'}]"));
        var ex = await Aggregate.RawFailsAsync(source, "[{$project: {_id: 0, k: 1}}, {$set: {_id: '$k'}}, {$out: 'out'}]");
        Assert.Equal(11000, ex.Code);
        Aggregate.Same("[{_id: 9, k: 'old'}]", await outCollection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
    }

    [Fact]
    public async Task Out_gives_an_id_to_documents_without_one()
    {
        var database = target.NewDatabase();
        var source = database.GetCollection<BsonDocument>("source");
        await source.InsertManyAsync(Aggregate.Documents("[{_id: 1, k: 'a'}]"));
        await Aggregate.RawAsync(source, "[{$project: {_id: 0, k: 1}}, {$out: 'out'}]");
        var written = await database.GetCollection<BsonDocument>("out").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        Assert.IsType<BsonObjectId>(written["_id"]);
        Assert.Equal("a", written["k"].AsString);
    }

    [Theory]
    [InlineData("[{$out: 'x'}, {$limit: 1}]", 40601)]
    [InlineData("[{$out: 1}]", 16990)]
    [InlineData("[{$lookup: {from: 'a', pipeline: [{$out: 'x'}], as: 'y'}}]", 51047)]
    public async Task Bad_out_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.RawFailsAsync(collection, pipeline)).Code);
    }
}
