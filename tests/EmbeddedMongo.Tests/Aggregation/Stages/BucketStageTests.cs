using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class BucketStageTests(MongoTarget target)
{
    // The manual's artists collection.
    private const string Artists =
        "[{_id: 1, last_name: 'Bernard', first_name: 'Emil', year_born: 1868, year_died: 1941, nationality: 'France'}," +
        " {_id: 2, last_name: 'Rippl-Ronai', first_name: 'Joszef', year_born: 1861, year_died: 1927, nationality: 'Hungary'}," +
        " {_id: 3, last_name: 'Ostroumova', first_name: 'Anna', year_born: 1871, year_died: 1955, nationality: 'Russia'}," +
        " {_id: 4, last_name: 'Van Gogh', first_name: 'Vincent', year_born: 1853, year_died: 1890, nationality: 'Holland'}," +
        " {_id: 5, last_name: 'Maurer', first_name: 'Alfred', year_born: 1868, year_died: 1932, nationality: 'USA'}," +
        " {_id: 6, last_name: 'Munch', first_name: 'Edvard', year_born: 1863, year_died: 1944, nationality: 'Norway'}," +
        " {_id: 7, last_name: 'Redon', first_name: 'Odilon', year_born: 1840, year_died: 1916, nationality: 'France'}," +
        " {_id: 8, last_name: 'Diriks', first_name: 'Edvard', year_born: 1855, year_died: 1930, nationality: 'Norway'}]";

    [Fact]
    public async Task Bucket_groups_by_boundaries_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, Artists);
        var result = await Aggregate.RunAsync(collection,
            "[{$bucket: {groupBy: '$year_born', boundaries: [1840, 1850, 1860, 1870, 1880], default: 'Other', output: {" +
            "count: {$sum: 1}, artists: {$push: {name: {$concat: ['$first_name', ' ', '$last_name']}, year_born: '$year_born'}}}}}, {$match: {count: {$gt: 3}}}]");
        Aggregate.Same(
            "[{_id: 1860, count: 4, artists: [{name: 'Emil Bernard', year_born: 1868}, {name: 'Joszef Rippl-Ronai', year_born: 1861}, " +
            "{name: 'Alfred Maurer', year_born: 1868}, {name: 'Edvard Munch', year_born: 1863}]}]",
            result);
    }

    [Fact]
    public async Task Bucket_counts_by_default_and_puts_outsiders_in_the_default_bucket()
    {
        var collection = await Aggregate.SeedAsync(target, Artists);
        var result = await Aggregate.RunAsync(collection, "[{$bucket: {groupBy: '$year_born', boundaries: [1850, 1860, 1870], default: 'Other'}}]");
        Aggregate.Same("[{_id: 1850, count: 2}, {_id: 1860, count: 4}, {_id: 'Other', count: 2}]", result);
    }

    [Fact]
    public async Task Bucket_without_default_fails_on_a_value_outside_the_boundaries()
    {
        var collection = await Aggregate.SeedAsync(target, Artists);
        Assert.Equal(40066, (await Aggregate.FailsAsync(collection, "[{$bucket: {groupBy: '$year_born', boundaries: [1850, 1860]}}]")).Code);
    }

    [Theory]
    [InlineData("[{$bucket: 1}]", 40201)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [1, 2], foo: 1}}]", 40197)]
    [InlineData("[{$bucket: {groupBy: '$a'}}]", 40198)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [1]}}]", 40192)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [1, 'a']}}]", 40193)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [2, 1]}}]", 40194)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [1, 5], default: 3}}]", 40199)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: 1}}]", 40200)]
    [InlineData("[{$bucket: {groupBy: 'a', boundaries: [1, 2]}}]", 40202)]
    [InlineData("[{$bucket: {groupBy: '$a', boundaries: [1, 2], output: 1}}]", 40196)]
    public async Task Bad_bucket_fails_with_the_server_code(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, pipeline)).Code);
    }
}
