using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class FacetStageTests(MongoTarget target)
{
    private const string Artwork =
        "[{_id: 1, artist: 'Grosz', price: NumberDecimal('199.99'), tags: ['painting', 'satire']}, {_id: 2, artist: 'Munch', price: NumberDecimal('280.00'), tags: ['woodcut']}," +
        " {_id: 3, artist: 'Miro', price: NumberDecimal('76.04'), tags: ['oil', 'painting']}, {_id: 4, artist: 'Hokusai', price: NumberDecimal('167.30'), tags: ['woodblock']}]";

    [Fact]
    public async Task Facet_runs_each_sub_pipeline_over_the_same_input()
    {
        var collection = await Aggregate.SeedAsync(target, Artwork);
        var result = await Aggregate.RunAsync(collection,
            "[{$facet: {categorizedByTags: [{$unwind: '$tags'}, {$sortByCount: '$tags'}, {$limit: 1}]," +
            " categorizedByPrice: [{$bucket: {groupBy: '$price', boundaries: [0, 150, 200], default: 'Other', output: {count: {$sum: 1}}}}]," +
            " total: [{$count: 'n'}], nothing: [{$match: {artist: 'nobody'}}]}}]");
        Aggregate.Same(
            "[{categorizedByTags: [{_id: 'painting', count: 2}], categorizedByPrice: [{_id: 0, count: 1}, {_id: 150, count: 2}, {_id: 'Other', count: 1}]," +
            " total: [{n: 4}], nothing: []}]",
            result);
    }

    [Fact]
    public async Task Facet_over_no_input_gives_one_document_of_empty_arrays()
    {
        var collection = target.NewDatabase().GetCollection<MongoDB.Bson.BsonDocument>("none");
        Aggregate.Same("[{a: [], b: []}]", await Aggregate.RunAsync(collection, "[{$facet: {a: [{$limit: 1}], b: []}}]"));
    }

    [Theory]
    [InlineData("[{$facet: {}}]", 40169)]
    [InlineData("[{$facet: 1}]", 40169)]
    [InlineData("[{$facet: {a: 1}}]", 40170)]
    [InlineData("[{$facet: {a: [1]}}]", 40171)]
    [InlineData("[{$facet: {a: [{$facet: {b: []}}]}}]", 40600)]
    [InlineData("[{$facet: {a: [{$out: 'x'}]}}]", 40600)]
    public async Task Bad_facet_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, Artwork);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
