using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using static EmbeddedMongo.Tests.Query.QueryFixture;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class EvaluationOperatorTests(MongoTarget target)
{
    // The $regex page's products collection.
    private static readonly string[] Products =
    [
        "{_id: 100, sku: 'abc123', description: 'Single line description.'}",
        "{_id: 101, sku: 'abc789', description: 'First line\\nSecond line'}",
        "{_id: 102, sku: 'xyz456', description: 'Many spaces before     line'}",
        "{_id: 103, sku: 'xyz789', description: 'Multiple\\nline description'}",
        "{_id: 104, sku: 'Abc789', description: 'SKU starts with A'}",
    ];

    // The JSON reader reads {$regex, $options} as legacy extended JSON, so these filters are built in code.
    [Theory]
    [InlineData("sku", "789$", null, false, "101,103,104")]
    [InlineData("sku", "789$", null, true, "101,103,104")]
    [InlineData("sku", "^ABC", "i", true, "100,101,104")]
    [InlineData("sku", "^ABC", "i", false, "100,101,104")]
    [InlineData("description", "^S", "m", false, "100,101,104")]
    [InlineData("description", "^S", null, true, "100,104")]
    [InlineData("description", "m.*line", "si", false, "102,103")]
    [InlineData("description", "m.*line", "i", false, "102")]
    [InlineData("sku", "abc #category code\n123 #item number", "x", false, "100")]
    public async Task Regex_operator_follows_the_manual(string field, string pattern, string? options, bool asBsonRegex, string expected)
    {
        var collection = await SeedAsync(target, Products);
        var condition = new BsonDocument("$regex", asBsonRegex ? new BsonRegularExpression(pattern, options ?? string.Empty) : pattern);
        if (options is not null && !asBsonRegex)
        {
            condition.Add("$options", options);
        }

        var found = await collection.Find(new BsonDocument(field, condition)).ToListAsync();
        Assert.Equal(Ids(expected), found.Select(d => d["_id"].ToInt32()).Order());
    }

    [Theory]
    [InlineData("{sku: /\\d{3}$/}", "100,101,102,103,104")]
    [InlineData("{sku: {$in: [/^a/, /^x/]}}", "100,101,102,103")]
    [InlineData("{sku: {$not: /^a/}}", "102,103,104")]
    [InlineData("{sku: /\\Qabc\\E[0-9]/}", "100,101")]
    [InlineData("{sku: /^[[:alpha:]]{3}[[:digit:]]+$/}", "100,101,102,103,104")]
    [InlineData("{sku: /^(?P<l>[a-z])bc/}", "100,101")]
    public async Task Regex_values_follow_PCRE_syntax(string filter, string expected)
    {
        var collection = await SeedAsync(target, Products);
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Fact]
    public async Task Regex_matches_strings_inside_arrays_and_not_other_types()
    {
        var collection = await SeedAsync(target, "{_id: 1, t: ['red', 'blue']}", "{_id: 2, t: 5}", "{_id: 3, t: 'bluish'}", "{_id: 4, t: [['blue']]}");
        Assert.Equal(new[] { 1, 3 }, await IdsAsync(collection, "{t: /^blu/}"));
    }

    [Fact]
    public async Task Digit_class_is_ascii_only_as_in_PCRE()
    {
        var collection = await SeedAsync(target, "{_id: 1, s: '\u0663'}", "{_id: 2, s: '3'}");
        Assert.Equal(new[] { 2 }, await IdsAsync(collection, "{s: /^\\d$/}"));
    }

    [Theory]
    [InlineData("{qty: {$mod: [4, 0]}}", "1,3")]
    [InlineData("{qty: {$mod: [4, 1]}}", "2")]
    [InlineData("{qty: {$mod: [4.5, 0]}}", "1,3")]
    [InlineData("{qty: {$mod: [-4, 0]}}", "1,3")]
    [InlineData("{qty: {$mod: [5, 2]}}", "3,4")]
    public async Task Mod_truncates_divisor_and_value(string filter, string expected)
    {
        var collection = await SeedAsync(target, "{_id: 1, qty: 0}", "{_id: 2, qty: 21}", "{_id: 3, qty: 12}", "{_id: 4, qty: 7.9}");
        Assert.Equal(Ids(expected), await IdsAsync(collection, filter));
    }

    [Theory]
    [InlineData("{a: {$mod: 4}}", "malformed mod, needs to be an array")]
    [InlineData("{a: {$mod: [4]}}", "malformed mod, not enough elements")]
    [InlineData("{a: {$mod: [4, 1, 2]}}", "malformed mod, too many elements")]
    [InlineData("{a: {$mod: ['a', 1]}}", "malformed mod, divisor not a number")]
    [InlineData("{a: {$mod: [0, 1]}}", "divisor cannot be 0")]
    [InlineData("{a: {$options: 'i'}}", "$options needs a $regex")]
    public async Task Bad_evaluation_arguments_are_BadValue(string filter, string message)
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await FailsAsync(collection, filter);
        Assert.Equal(2, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Regex_must_be_a_string()
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(new BsonDocument("a", new BsonDocument("$regex", 5))).ToListAsync());
        Assert.Equal(2, error.Code);
        Assert.Contains("$regex has to be a string", error.Message);
    }

    [Fact]
    public async Task Regex_options_in_both_places_fail_with_51075()
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var filter = new BsonDocument("a", new BsonDocument { { "$regex", new BsonRegularExpression("x", "i") }, { "$options", "m" } });
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(filter).ToListAsync());
        Assert.Equal(51075, error.Code);
    }

    [Fact]
    public async Task Unknown_regex_flag_fails_with_51108()
    {
        var collection = await SeedAsync(target, "{_id: 1}");
        var filter = new BsonDocument("a", new BsonDocument { { "$regex", "x" }, { "$options", "z" } });
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => collection.Find(filter).ToListAsync());
        Assert.Equal(51108, error.Code);
    }
}
