using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class AddFieldsStageTests(MongoTarget target)
{
    [Theory]
    [InlineData("$addFields", "{b: 2}", "{_id: 1, a: {x: 1}, b: 2}")]
    [InlineData("$set", "{b: 2}", "{_id: 1, a: {x: 1}, b: 2}")]
    [InlineData("$addFields", "{_id: 'new'}", "{_id: 'new', a: {x: 1}}")]
    [InlineData("$addFields", "{'a.y': 'z'}", "{_id: 1, a: {x: 1, y: 'z'}}")]
    [InlineData("$addFields", "{a: {y: 'z'}}", "{_id: 1, a: {x: 1, y: 'z'}}")]
    [InlineData("$addFields", "{a: 'flat'}", "{_id: 1, a: 'flat'}")]
    [InlineData("$set", "{'c.d': true}", "{_id: 1, a: {x: 1}, c: {d: true}}")]
    [InlineData("$set", "{b: [1, 2], c: null}", "{_id: 1, a: {x: 1}, b: [1, 2], c: null}")]
    public async Task AddFields_adds_or_replaces_fields(string stage, string spec, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: {x: 1}}]");
        Aggregate.Same("[" + expected + "]", await Aggregate.RunAsync(collection, "[{" + stage + ": " + spec + "}]"));
    }

    [Fact]
    public async Task AddFields_on_a_path_through_an_array_sets_the_field_in_each_element()
    {
        // The manual's "specs.fuel_type" example with an array of embedded documents.
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, specs: [{doors: 4}, {doors: 2}]}]");
        Aggregate.Same("[{_id: 1, specs: [{doors: 4, fuel_type: 'unleaded'}, {doors: 2, fuel_type: 'unleaded'}]}]",
            await Aggregate.RunAsync(collection, "[{$addFields: {'specs.fuel_type': 'unleaded'}}]"));
    }

    [Fact]
    public async Task AddFields_does_not_change_the_stored_document()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: {x: 1}}]");
        await Aggregate.RunAsync(collection, "[{$set: {'a.y': 2}}]");
        Aggregate.Same("[{_id: 1, a: {x: 1}}]", await Aggregate.RunAsync(collection, "[]"));
    }

    [Theory]
    [InlineData("[{$addFields: 1}]", 40272)]
    [InlineData("[{$set: 'a'}]", 40272)]
    [InlineData("[{$set: {'a..b': 1}}]", 15998)]
    public async Task Bad_specification_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
