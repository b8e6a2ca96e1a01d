using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class DocumentsStageTests(MongoTarget target)
{
    [Fact]
    public async Task Documents_feeds_literal_documents_to_the_pipeline()
    {
        // The manual's example: $documents with three documents, then a stage over them.
        var result = await Aggregate.OverDocumentsAsync(target, "[{x: 10}, {x: 2}, {x: 5}]", "[{$sort: {x: 1}}]");
        Aggregate.Same("[{x: 2}, {x: 5}, {x: 10}]", result);
    }

    [Fact]
    public async Task Documents_with_an_empty_array_yields_nothing()
    {
        Assert.Empty(await Aggregate.OverDocumentsAsync(target, "[]", "[]"));
    }

    [Fact]
    public async Task Documents_must_be_the_first_stage()
    {
        var database = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoDB.Driver.MongoCommandException>(() =>
            Aggregate.CommandAsync(database, "{aggregate: 1, pipeline: [{$limit: 1}, {$documents: [{x: 1}]}], cursor: {}}"));
        Assert.Equal(40602, ex.Code);
    }
}
