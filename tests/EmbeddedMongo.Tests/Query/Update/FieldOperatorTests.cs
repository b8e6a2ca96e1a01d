using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>$set, $unset, $setOnInsert, $rename with the manual's worked examples.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class FieldOperatorTests(MongoTarget target)
{
    private const string Product = "{ _id: 100, quantity: 250, instock: true, reorder: false, details: { model: '14QQ', make: 'Clothes Corp' }, tags: [ 'apparel', 'clothing' ], ratings: [ { by: 'Customer007', rating: 4 } ] }";

    [Theory]
    [InlineData(Product, "{ $set: { quantity: 500, details: { model: '2600', make: 'Fashionaires' }, tags: [ 'coats', 'outerwear', 'clothing' ] } }",
        "{ _id: 100, quantity: 500, instock: true, reorder: false, details: { model: '2600', make: 'Fashionaires' }, tags: [ 'coats', 'outerwear', 'clothing' ], ratings: [ { by: 'Customer007', rating: 4 } ] }")]
    [InlineData(Product, "{ $set: { 'details.make': 'Kustom Kidz' } }",
        "{ _id: 100, quantity: 250, instock: true, reorder: false, details: { model: '14QQ', make: 'Kustom Kidz' }, tags: [ 'apparel', 'clothing' ], ratings: [ { by: 'Customer007', rating: 4 } ] }")]
    [InlineData(Product, "{ $set: { 'tags.1': 'rain gear', 'ratings.0.rating': 2 } }",
        "{ _id: 100, quantity: 250, instock: true, reorder: false, details: { model: '14QQ', make: 'Clothes Corp' }, tags: [ 'apparel', 'rain gear' ], ratings: [ { by: 'Customer007', rating: 2 } ] }")]
    [InlineData("{ _id: 1 }", "{ $set: { b: 1, a: 2 } }", "{ _id: 1, a: 2, b: 1 }")]
    [InlineData("{ _id: 1, z: 0 }", "{ $set: { 'x.y.z': 1 } }", "{ _id: 1, z: 0, x: { y: { z: 1 } } }")]
    [InlineData("{ _id: 1, a: [ 1 ] }", "{ $set: { 'a.3': 4 } }", "{ _id: 1, a: [ 1, null, null, 4 ] }")]
    [InlineData("{ _id: 1, a: [] }", "{ $set: { 'a.10': 1, 'a.2': 2 } }", "{ _id: 1, a: [ null, null, 2, null, null, null, null, null, null, null, 1 ] }")]
    [InlineData("{ _id: 1, a: { b: 1 } }", "{ $set: { 'a.0': 1 } }", "{ _id: 1, a: { b: 1, '0': 1 } }")]
    public async Task Set_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Theory]
    [InlineData("{ _id: 1, item: 'chocolates', quantity: 50, instock: true }", "{ $unset: { quantity: '', instock: '' } }", "{ _id: 1, item: 'chocolates' }")]
    [InlineData("{ _id: 1, a: [ 1, 2, 3 ] }", "{ $unset: { 'a.1': 1 } }", "{ _id: 1, a: [ 1, null, 3 ] }")]
    [InlineData("{ _id: 1, a: { b: 1, c: 2 } }", "{ $unset: { 'a.b': 1, 'x.y': 1 } }", "{ _id: 1, a: { c: 2 } }")]
    public async Task Unset_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Theory]
    [InlineData("{ _id: 1, alias: [ 'The American Cincinnatus', 'The American Fabius' ], mobile: '555-555-5555', nmae: { first: 'george', last: 'washington' } }",
        "{ $rename: { nmae: 'name' } }",
        "{ _id: 1, alias: [ 'The American Cincinnatus', 'The American Fabius' ], mobile: '555-555-5555', name: { first: 'george', last: 'washington' } }")]
    [InlineData("{ _id: 1, name: { first: 'george', last: 'washington' } }", "{ $rename: { 'name.first': 'name.fname' } }", "{ _id: 1, name: { last: 'washington', fname: 'george' } }")]
    [InlineData("{ _id: 1, a: 1 }", "{ $rename: { wife: 'spouse' } }", "{ _id: 1, a: 1 }")]
    [InlineData("{ _id: 1, a: 1, b: 2 }", "{ $rename: { a: 'b' } }", "{ _id: 1, b: 1 }")]
    public async Task Rename_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Fact]
    public async Task SetOnInsert_is_ignored_when_the_update_matches()
    {
        var (after, result) = await UpdateHarness.UpdateOneAsync(target, "{ _id: 1, item: 'apple' }", "{ $set: { item: 'pear' }, $setOnInsert: { defaultQty: 100 } }", "{ _id: 1 }");
        UpdateHarness.AssertSameDocument("{ _id: 1, item: 'pear' }", after);
        Assert.Equal(1, result.ModifiedCount);
    }

    [Fact]
    public async Task CurrentDate_sets_a_date_and_a_timestamp()
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, "{ _id: 1, status: 'a' }", "{ $currentDate: { lastModified: true, 'cancellation.date': { $type: 'timestamp' } }, $set: { status: 'D' } }");
        Assert.Equal(MongoDB.Bson.BsonType.DateTime, after["lastModified"].BsonType);
        Assert.True(Math.Abs((after["lastModified"].ToUniversalTime() - DateTime.UtcNow).TotalMinutes) < 5);
        Assert.Equal(MongoDB.Bson.BsonType.Timestamp, after["cancellation"]["date"].BsonType);
        Assert.Equal(["_id", "status", "cancellation", "lastModified"], after.Names);
    }
}
