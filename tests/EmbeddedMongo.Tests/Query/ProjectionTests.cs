using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ProjectionTests(MongoTarget target)
{
    // "Project Fields to Return from Query" (the manual's inventory, with _id 1..5).
    private static readonly string[] Inventory =
    [
        "{_id: 1, item: 'journal', status: 'A', size: {h: 14, w: 21, uom: 'cm'}, instock: [{warehouse: 'A', qty: 5}]}",
        "{_id: 2, item: 'notebook', status: 'A', size: {h: 8.5, w: 11, uom: 'in'}, instock: [{warehouse: 'C', qty: 5}]}",
        "{_id: 3, item: 'paper', status: 'D', size: {h: 8.5, w: 11, uom: 'in'}, instock: [{warehouse: 'A', qty: 60}]}",
        "{_id: 4, item: 'planner', status: 'D', size: {h: 22.85, w: 30, uom: 'cm'}, instock: [{warehouse: 'A', qty: 40}]}",
        "{_id: 5, item: 'postcard', status: 'A', size: {h: 10, w: 15.25, uom: 'cm'}, instock: [{warehouse: 'B', qty: 15}, {warehouse: 'C', qty: 35}]}",
    ];

    [Theory]
    [InlineData("{item: 1, status: 1}", "{_id: 5, item: 'postcard', status: 'A'}")]
    [InlineData("{status: 1, item: 1}", "{_id: 5, item: 'postcard', status: 'A'}")]
    [InlineData("{item: 1, status: 1, _id: 0}", "{item: 'postcard', status: 'A'}")]
    [InlineData("{status: 0, instock: 0}", "{_id: 5, item: 'postcard', size: {h: 10, w: 15.25, uom: 'cm'}}")]
    [InlineData("{item: 1, status: 1, 'size.uom': 1}", "{_id: 5, item: 'postcard', status: 'A', size: {uom: 'cm'}}")]
    [InlineData("{item: 1, size: {uom: 1}}", "{_id: 5, item: 'postcard', size: {uom: 'cm'}}")]
    [InlineData("{'size.uom': 0, instock: 0}", "{_id: 5, item: 'postcard', status: 'A', size: {h: 10, w: 15.25}}")]
    [InlineData("{item: 1, 'instock.qty': 1}", "{_id: 5, item: 'postcard', instock: [{qty: 15}, {qty: 35}]}")]
    [InlineData("{item: 1, status: 1, instock: {$slice: -1}}", "{_id: 5, item: 'postcard', status: 'A', instock: [{warehouse: 'C', qty: 35}]}")]
    [InlineData("{instock: {$slice: 1}, size: 0}", "{_id: 5, item: 'postcard', status: 'A', instock: [{warehouse: 'B', qty: 15}]}")]
    [InlineData("{_id: 0, instock: {$slice: [1, 5]}, item: 1}", "{item: 'postcard', instock: [{warehouse: 'C', qty: 35}]}")]
    [InlineData("{_id: 0, instock: {$slice: [-5, 1]}, item: 1}", "{item: 'postcard', instock: [{warehouse: 'B', qty: 15}]}")]
    [InlineData("{_id: 1}", "{_id: 5}")]
    [InlineData("{_id: 0, item: 1, label: 'card'}", "{item: 'postcard', label: 'card'}")]
    [InlineData("{_id: 0, item: 1, 'extra.note': 'n'}", "{item: 'postcard', extra: {note: 'n'}}")]
    [InlineData("{_id: 0, 'instock.warehouse': 0, size: 0, status: 0}", "{item: 'postcard', instock: [{qty: 15}, {qty: 35}]}")]
    public async Task Projection_follows_the_manual(string projection, string expected)
    {
        var collection = await SeedAsync(target, Inventory);
        var found = await collection.Find(new BsonDocument("_id", 5)).Project(BsonDocument.Parse(projection)).SingleAsync();
        Assert.Equal(BsonDocument.Parse(expected), found);
    }

    [Fact]
    public async Task Inclusion_through_arrays_drops_scalars_and_exclusion_keeps_them()
    {
        var collection = await SeedAsync(target, "{_id: 1, a: [{b: 1, c: 2}, 3, {c: 1}, [{b: 4}]]}");
        var included = await collection.Find(FilterDefinition<BsonDocument>.Empty).Project(BsonDocument.Parse("{'a.b': 1}")).SingleAsync();
        Assert.Equal(BsonDocument.Parse("{_id: 1, a: [{b: 1}, {}, [{b: 4}]]}"), included);
        var excluded = await collection.Find(FilterDefinition<BsonDocument>.Empty).Project(BsonDocument.Parse("{'a.b': 0}")).SingleAsync();
        Assert.Equal(BsonDocument.Parse("{_id: 1, a: [{c: 2}, 3, {c: 1}, [{}]]}"), excluded);
    }

    [Fact]
    public async Task Positional_projection_returns_the_first_matching_element()
    {
        var collection = await SeedAsync(target,
            "{_id: 1, semester: 1, grades: [70, 87, 90]}",
            "{_id: 2, semester: 1, grades: [90, 88, 92]}",
            "{_id: 3, semester: 1, grades: [85, 100, 90]}",
            "{_id: 4, semester: 2, grades: [79, 85, 80]}");
        var found = await collection.Find(BsonDocument.Parse("{semester: 1, grades: {$gte: 85}}")).Project(BsonDocument.Parse("{'grades.$': 1}")).ToListAsync();
        Assert.Equal(
            [BsonDocument.Parse("{_id: 1, grades: [87]}"), BsonDocument.Parse("{_id: 2, grades: [90]}"), BsonDocument.Parse("{_id: 3, grades: [85]}")],
            found.OrderBy(d => d["_id"].AsInt32));
    }

    [Theory]
    [InlineData("{grades: {$elemMatch: {mean: {$gt: 70}, grade: {$gt: 90}}}}", "{_id: 8, grades: [{grade: 92, mean: 88, std: 8}]}")]
    [InlineData("{_id: 7, grades: {$elemMatch: {mean: {$gt: 80}}}}", "{_id: 7, grades: [{grade: 85, mean: 90, std: 5}]}")]
    [InlineData("{_id: 8, 'grades.grade': {$lt: 80}}", "{_id: 8, grades: [{grade: 78, mean: 90, std: 5}]}")]
    public async Task Positional_projection_after_elemMatch_and_dotted_conditions(string filter, string expected)
    {
        var collection = await SeedAsync(target,
            "{_id: 7, semester: 3, grades: [{grade: 80, mean: 75, std: 8}, {grade: 85, mean: 90, std: 5}, {grade: 90, mean: 85, std: 3}]}",
            "{_id: 8, semester: 3, grades: [{grade: 92, mean: 88, std: 8}, {grade: 78, mean: 90, std: 5}, {grade: 88, mean: 85, std: 3}]}");
        var found = await collection.Find(BsonDocument.Parse(filter)).Project(BsonDocument.Parse("{'grades.$': 1}")).SingleAsync();
        Assert.Equal(BsonDocument.Parse(expected), found);
    }

    [Fact]
    public async Task Positional_projection_over_embedded_documents()
    {
        var collection = await SeedAsync(target, Inventory);
        var found = await collection.Find(BsonDocument.Parse("{'instock.warehouse': 'C', item: 'postcard'}")).Project(BsonDocument.Parse("{item: 1, 'instock.$': 1}")).SingleAsync();
        Assert.Equal(BsonDocument.Parse("{_id: 5, item: 'postcard', instock: [{warehouse: 'C', qty: 35}]}"), found);
    }

    [Fact]
    public async Task ElemMatch_projection_returns_the_first_matching_element_only()
    {
        var collection = await SeedAsync(target,
            "{_id: 1, zipcode: '63109', students: [{name: 'john', school: 102, age: 10}, {name: 'jess', school: 102, age: 11}, {name: 'jeff', school: 108, age: 15}]}",
            "{_id: 2, zipcode: '63110', students: [{name: 'ajax', school: 100, age: 7}, {name: 'achilles', school: 100, age: 8}]}",
            "{_id: 3, zipcode: '63109', students: [{name: 'ajax', school: 100, age: 7}, {name: 'achilles', school: 100, age: 8}]}",
            "{_id: 4, zipcode: '63109', students: [{name: 'barney', school: 102, age: 7}, {name: 'ruth', school: 102, age: 16}]}");
        var found = await collection.Find(BsonDocument.Parse("{zipcode: '63109'}")).Project(BsonDocument.Parse("{students: {$elemMatch: {school: 102}}}")).ToListAsync();
        Assert.Equal(
            [
                BsonDocument.Parse("{_id: 1, students: [{name: 'john', school: 102, age: 10}]}"),
                BsonDocument.Parse("{_id: 3}"),
                BsonDocument.Parse("{_id: 4, students: [{name: 'barney', school: 102, age: 7}]}"),
            ],
            found.OrderBy(d => d["_id"].AsInt32));
    }

    [Theory]
    [InlineData("{a: 1, b: 0}", 31254, "Cannot do exclusion on field b in inclusion projection")]
    [InlineData("{a: 0, b: 1}", 31253, "Cannot do inclusion on field b in exclusion projection")]
    [InlineData("{a: 1, 'a.b': 1}", 31249, "Path collision at a.b remaining portion b")]
    [InlineData("{'a.b': 1, a: 1}", 31250, "Path collision at a")]
    [InlineData("{'a.$': 1}", 51050, "Positional projection 'a.$' does not match the query document.")]
    [InlineData("{score: {$meta: 'textScore'}}", 40218, "query requires text score metadata, but it is not available")]
    public async Task Bad_projections_fail_like_MongoDB(string projection, int code, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1, a: 1}");
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(new BsonDocument("b", 1)).Project(BsonDocument.Parse(projection)).ToListAsync());
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }
}
