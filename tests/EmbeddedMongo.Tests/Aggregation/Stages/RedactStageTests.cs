using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class RedactStageTests(MongoTarget target)
{
    // The manual's forecasts document.
    private const string Forecasts =
        "[{_id: 1, title: '123 Department Report', tags: ['G', 'STLW'], year: 2014, subsections: [" +
        " {subtitle: 'Section 1: Overview', tags: ['SI', 'G'], content: 'Section 1: This is the content of section 1.'}," +
        " {subtitle: 'Section 2: Analysis', tags: ['STLW'], content: 'Section 2: This is the content of section 2.'}," +
        " {subtitle: 'Section 3: Budgeting', tags: ['TK'], content: {text: 'Section 3: This is the content of section 3.', tags: ['HCS']}}]}]";

    [Fact]
    public async Task Redact_descends_and_prunes_by_access_tags_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, Forecasts);
        var result = await Aggregate.RunAsync(collection,
            "[{$match: {year: 2014}}, {$redact: {$cond: {if: {$gt: [{$size: {$setIntersection: ['$tags', ['STLW', 'G']]}}, 0]}, then: '$$DESCEND', else: '$$PRUNE'}}}]");
        Aggregate.Same(
            "[{_id: 1, title: '123 Department Report', tags: ['G', 'STLW'], year: 2014, subsections: [" +
            " {subtitle: 'Section 1: Overview', tags: ['SI', 'G'], content: 'Section 1: This is the content of section 1.'}," +
            " {subtitle: 'Section 2: Analysis', tags: ['STLW'], content: 'Section 2: This is the content of section 2.'}]}]",
            result);
    }

    [Fact]
    public async Task Redact_keep_and_prune_at_the_top_level()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, level: 1, sub: {level: 5}}, {_id: 2, level: 5}]");
        Aggregate.Same("[{_id: 1, level: 1, sub: {level: 5}}]",
            await Aggregate.RunAsync(collection, "[{$redact: {$cond: [{$lt: ['$level', 3]}, '$$KEEP', '$$PRUNE']}}]"));
    }

    [Fact]
    public async Task Redact_with_another_result_fails_with_17053()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(17053, (await Aggregate.FailsAsync(collection, "[{$redact: 'keep'}]")).Code);
    }
}
