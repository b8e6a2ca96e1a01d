using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

/// <summary>$graphLookup on the manual's employees and airports collections.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class GraphLookupStageTests(MongoTarget target)
{
    private const string Employees =
        "[{_id: 1, name: 'Dev'}, {_id: 2, name: 'Eliot', reportsTo: 'Dev'}, {_id: 3, name: 'Ron', reportsTo: 'Eliot'}," +
        " {_id: 4, name: 'Andrew', reportsTo: 'Eliot'}, {_id: 5, name: 'Asya', reportsTo: 'Ron'}, {_id: 6, name: 'Dan', reportsTo: 'Andrew'}]";

    private const string Airports =
        "[{_id: 0, airport: 'JFK', connects: ['BOS', 'ORD']}, {_id: 1, airport: 'BOS', connects: ['JFK', 'PWM']}, {_id: 2, airport: 'ORD', connects: ['JFK']}," +
        " {_id: 3, airport: 'PWM', connects: ['BOS', 'LHR']}, {_id: 4, airport: 'LHR', connects: ['PWM']}]";

    private async Task<IMongoCollection<BsonDocument>> SeedAsync(string name, string documents)
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>(name);
        await collection.InsertManyAsync(Aggregate.Documents(documents));
        return collection;
    }

    private static Dictionary<string, string> Found(List<BsonDocument> result, string key, string @as, string field, string? depth = null)
        => result.ToDictionary(
            d => d[key].AsString,
            d => string.Join(",", d[@as].AsBsonArray.Select(f => f[field].AsString + (depth is null ? "" : ":" + f[depth].ToInt64())).Order(StringComparer.Ordinal)));

    [Fact]
    public async Task Reporting_hierarchy_follows_reportsTo_up_to_the_top()
    {
        var employees = await SeedAsync("employees", Employees);
        var result = await Aggregate.RunAsync(employees,
            "[{$graphLookup: {from: 'employees', startWith: '$reportsTo', connectFromField: 'reportsTo', connectToField: 'name', as: 'reportingHierarchy'}}]");

        var found = Found(result, "name", "reportingHierarchy", "name");
        Assert.Equal("", found["Dev"]);
        Assert.Equal("Dev", found["Eliot"]);
        Assert.Equal("Dev,Eliot", found["Ron"]);
        Assert.Equal("Dev,Eliot,Ron", found["Asya"]);
        Assert.Equal("Andrew,Dev,Eliot", found["Dan"]);
    }

    [Fact]
    public async Task Airports_within_maxDepth_carry_their_number_of_connections()
    {
        var database = (await SeedAsync("airports", Airports)).Database;
        var travelers = database.GetCollection<BsonDocument>("travelers");
        await travelers.InsertManyAsync(Aggregate.Documents("[{_id: 1, name: 'Dev', nearestAirport: 'JFK'}, {_id: 3, name: 'Jeff', nearestAirport: 'BOS'}]"));
        var result = await Aggregate.RunAsync(travelers,
            "[{$graphLookup: {from: 'airports', startWith: '$nearestAirport', connectFromField: 'connects', connectToField: 'airport', maxDepth: 2, depthField: 'numConnections', as: 'destinations'}}]");

        var found = Found(result, "name", "destinations", "airport", "numConnections");
        Assert.Equal("BOS:1,JFK:0,ORD:1,PWM:2", found["Dev"]);
        Assert.Equal("BOS:0,JFK:1,LHR:2,ORD:2,PWM:1", found["Jeff"]);
        Assert.All(result.SelectMany(d => d["destinations"].AsBsonArray), f => Assert.IsType<BsonInt64>(f["numConnections"]));
    }

    [Fact]
    public async Task MaxDepth_zero_finds_only_direct_matches_and_cycles_end()
    {
        var airports = await SeedAsync("airports", Airports);
        var direct = await Aggregate.RunAsync(airports,
            "[{$match: {airport: 'JFK'}}, {$graphLookup: {from: 'airports', startWith: '$connects', connectFromField: 'connects', connectToField: 'airport', maxDepth: 0, as: 'next'}}]");
        Assert.Equal("BOS,ORD", Found(direct, "airport", "next", "airport")["JFK"]);

        // The graph has cycles (JFK <-> BOS): an unbounded search still ends, visiting each airport once.
        var all = await Aggregate.RunAsync(airports,
            "[{$match: {airport: 'LHR'}}, {$graphLookup: {from: 'airports', startWith: '$airport', connectFromField: 'connects', connectToField: 'airport', as: 'reach'}}]");
        Assert.Equal("BOS,JFK,LHR,ORD,PWM", Found(all, "airport", "reach", "airport")["LHR"]);
    }

    [Fact]
    public async Task RestrictSearchWithMatch_prunes_the_search()
    {
        var airports = await SeedAsync("airports", Airports);
        var result = await Aggregate.RunAsync(airports,
            "[{$match: {airport: 'LHR'}}, {$graphLookup: {from: 'airports', startWith: '$connects', connectFromField: 'connects', connectToField: 'airport', as: 'reach', restrictSearchWithMatch: {airport: {$ne: 'BOS'}}}}]");

        // Without BOS, PWM only leads back to LHR: JFK and ORD are out of reach.
        Assert.Equal("LHR,PWM", Found(result, "airport", "reach", "airport")["LHR"]);
    }

    [Theory]
    [InlineData("{from: 'a', startWith: '$x', connectFromField: 'x', as: 'y'}", 40105)]
    [InlineData("{from: 'a', startWith: '$x', connectFromField: 'x', connectToField: 'x', as: 'y', maxDepth: -1}", 40101)]
    [InlineData("{from: 'a', startWith: '$x', connectFromField: 'x', connectToField: 'x', as: 'y', colour: 1}", 40104)]
    public async Task Bad_specifications_are_refused(string spec, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{x: 1}]");
        var error = await Aggregate.FailsAsync(collection, "[{$graphLookup: " + spec + "}]");
        Assert.Equal(code, error.Code);
    }
}
