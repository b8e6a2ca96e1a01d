using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SortByCountStageTests(MongoTarget target)
{
    // The manual's exhibits collection.
    private const string Exhibits =
        "[{_id: 1, title: 'The Pillars of Society', artist: 'Grosz', year: 1926, tags: ['painting', 'satire', 'Expressionism', 'caricature']}," +
        " {_id: 2, title: 'Melancholy III', artist: 'Munch', year: 1902, tags: ['woodcut', 'Expressionism']}," +
        " {_id: 3, title: 'Dancer', artist: 'Miro', year: 1925, tags: ['oil', 'Surrealism', 'painting']}," +
        " {_id: 4, title: 'The Great Wave off Kanagawa', artist: 'Hokusai', tags: ['woodblock', 'ukiyo-e']}," +
        " {_id: 5, title: 'The Persistence of Memory', artist: 'Dali', year: 1931, tags: ['Surrealism', 'painting', 'oil']}," +
        " {_id: 6, title: 'Composition VII', artist: 'Kandinsky', year: 1913, tags: ['oil', 'painting', 'abstract']}," +
        " {_id: 7, title: 'The Scream', artist: 'Munch', tags: ['Expressionism', 'painting', 'oil']}," +
        " {_id: 8, title: 'Blue Flower', artist: \"O'Keefe\", year: 1918, tags: ['abstract', 'painting']}]";

    [Fact]
    public async Task SortByCount_counts_each_value_most_frequent_first()
    {
        var collection = await Aggregate.SeedAsync(target, Exhibits);
        var result = await Aggregate.RunAsync(collection, "[{$unwind: '$tags'}, {$sortByCount: '$tags'}]");
        Aggregate.Same("[{_id: 'painting', count: 6}, {_id: 'oil', count: 4}, {_id: 'Expressionism', count: 3}]", result.Take(3));
        Assert.Equal([2, 2, 1, 1, 1, 1, 1], result.Skip(3).Select(d => d["count"].AsInt32));
        Assert.Equal(["Surrealism", "abstract"], result.Skip(3).Take(2).Select(d => d["_id"].AsString).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[{$sortByCount: 'tags'}]", 40147)]
    [InlineData("[{$sortByCount: {a: 1}}]", 40147)]
    [InlineData("[{$sortByCount: 1}]", 40148)]
    public async Task Bad_sortByCount_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
