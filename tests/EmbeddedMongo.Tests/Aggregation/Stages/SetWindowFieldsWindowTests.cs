using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SetWindowFieldsWindowTests(MongoTarget target)
{
    // The manual's cakeSales collection.
    private const string CakeSales =
        "[{_id: 0, type: 'chocolate', orderDate: ISODate('2020-05-18T14:10:30Z'), state: 'CA', price: 13, quantity: 120}," +
        " {_id: 1, type: 'chocolate', orderDate: ISODate('2021-03-20T11:30:05Z'), state: 'WA', price: 14, quantity: 140}," +
        " {_id: 2, type: 'vanilla', orderDate: ISODate('2021-01-11T06:31:15Z'), state: 'CA', price: 12, quantity: 145}," +
        " {_id: 3, type: 'vanilla', orderDate: ISODate('2020-02-08T13:13:23Z'), state: 'WA', price: 13, quantity: 104}," +
        " {_id: 4, type: 'strawberry', orderDate: ISODate('2019-05-18T16:09:01Z'), state: 'CA', price: 41, quantity: 162}," +
        " {_id: 5, type: 'strawberry', orderDate: ISODate('2019-01-08T06:12:03Z'), state: 'WA', price: 43, quantity: 134}]";

    private async Task<List<(int Id, string Value)>> RunAsync(string spec, string field)
    {
        var collection = await Aggregate.SeedAsync(target, CakeSales);
        var result = await Aggregate.RunAsync(collection, "[{$setWindowFields: " + spec + "}]");
        return result.Select(d => (d["_id"].AsInt32, d.Contains(field) ? Aggregate.Canonical(d[field]) : "missing")).ToList();
    }

    private static List<(int Id, string Value)> Expect(string pairs)
        => Aggregate.Documents(pairs).Select(d => (d["_id"].AsInt32, Aggregate.Canonical(d["v"]))).ToList();

    [Theory]
    [InlineData(
        "{partitionBy: '$state', sortBy: {orderDate: 1}, output: {v: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}",
        "[{_id: 4, v: 162}, {_id: 0, v: 282}, {_id: 2, v: 427}, {_id: 5, v: 134}, {_id: 3, v: 238}, {_id: 1, v: 378}]")]
    [InlineData(
        "{partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {v: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}",
        "[{_id: 5, v: 134}, {_id: 4, v: 296}, {_id: 3, v: 104}, {_id: 0, v: 224}, {_id: 2, v: 145}, {_id: 1, v: 285}]")]
    [InlineData(
        "{partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {v: {$avg: '$quantity', window: {documents: [-1, 0]}}}}",
        "[{_id: 5, v: 134.0}, {_id: 4, v: 148.0}, {_id: 3, v: 104.0}, {_id: 0, v: 112.0}, {_id: 2, v: 145.0}, {_id: 1, v: 142.5}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {price: 1}, output: {v: {$sum: '$quantity', window: {range: [-10, 10]}}}}",
        "[{_id: 2, v: 265}, {_id: 0, v: 265}, {_id: 4, v: 162}, {_id: 3, v: 244}, {_id: 1, v: 244}, {_id: 5, v: 134}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$rank: {}}}}",
        "[{_id: 4, v: 1}, {_id: 2, v: 2}, {_id: 0, v: 3}, {_id: 1, v: 1}, {_id: 5, v: 2}, {_id: 3, v: 3}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$documentNumber: {}}}}",
        "[{_id: 4, v: 1}, {_id: 2, v: 2}, {_id: 0, v: 3}, {_id: 1, v: 1}, {_id: 5, v: 2}, {_id: 3, v: 3}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$shift: {output: '$quantity', by: 1, default: 'Not available'}}}}",
        "[{_id: 4, v: 145}, {_id: 2, v: 120}, {_id: 0, v: 'Not available'}, {_id: 1, v: 134}, {_id: 5, v: 104}, {_id: 3, v: 'Not available'}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$shift: {output: '$quantity', by: -1}}}}",
        "[{_id: 4, v: null}, {_id: 2, v: 162}, {_id: 0, v: 145}, {_id: 1, v: null}, {_id: 5, v: 140}, {_id: 3, v: 134}]")]
    [InlineData(
        "{partitionBy: '$state', output: {v: {$max: '$quantity'}}}",
        "[{_id: 0, v: 162}, {_id: 2, v: 162}, {_id: 4, v: 162}, {_id: 1, v: 140}, {_id: 3, v: 140}, {_id: 5, v: 140}]")]
    [InlineData(
        "{sortBy: {_id: 1}, output: {v: {$push: '$_id', window: {documents: ['current', 1]}}}}",
        "[{_id: 0, v: [0, 1]}, {_id: 1, v: [1, 2]}, {_id: 2, v: [2, 3]}, {_id: 3, v: [3, 4]}, {_id: 4, v: [4, 5]}, {_id: 5, v: [5]}]")]
    [InlineData(
        "{sortBy: {_id: 1}, output: {v: {$push: '$_id', window: {documents: ['unbounded', 'current']}}}}",
        "[{_id: 0, v: [0]}, {_id: 1, v: [0, 1]}, {_id: 2, v: [0, 1, 2]}, {_id: 3, v: [0, 1, 2, 3]}, {_id: 4, v: [0, 1, 2, 3, 4]}, {_id: 5, v: [0, 1, 2, 3, 4, 5]}]")]
    [InlineData(
        "{partitionBy: '$state', sortBy: {orderDate: 1}, output: {v: {$count: {}, window: {range: ['unbounded', 10], unit: 'month'}}}}",
        "[{_id: 4, v: 1}, {_id: 0, v: 3}, {_id: 2, v: 3}, {_id: 5, v: 1}, {_id: 3, v: 2}, {_id: 1, v: 3}]")]
    [InlineData(
        "{sortBy: {price: 1}, output: {v: {$first: '$_id', window: {range: ['current', 'unbounded']}}}}",
        "[{_id: 2, v: 2}, {_id: 0, v: 0}, {_id: 3, v: 0}, {_id: 1, v: 1}, {_id: 4, v: 4}, {_id: 5, v: 5}]")]
    public async Task SetWindowFields_computes_window_functions_as_in_the_manual(string spec, string expected)
    {
        Assert.Equal(Expect(expected), await RunAsync(spec, "v"));
    }

    [Fact]
    public async Task DenseRank_gives_ties_the_same_rank_without_gaps()
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, s: 10}, {_id: 2, s: 20}, {_id: 3, s: 10}, {_id: 4, s: 30}]");
        var result = await Aggregate.RunAsync(collection, "[{$setWindowFields: {sortBy: {s: 1}, output: {r: {$rank: {}}, d: {$denseRank: {}}}}}]");
        Aggregate.Same("[{_id: 1, s: 10, r: 1, d: 1}, {_id: 3, s: 10, r: 1, d: 1}, {_id: 2, s: 20, r: 3, d: 2}, {_id: 4, s: 30, r: 4, d: 3}]", result);
    }

    [Theory]
    [InlineData("{output: {v: {$rank: {}}}}", 5371602)]
    [InlineData("{sortBy: {a: 1, b: 1}, output: {v: {$rank: {}}}}", 5371602)]
    [InlineData("{sortBy: {a: 1}, output: {v: {$rank: {}, window: {documents: [-1, 1]}}}}", 5371601)]
    [InlineData("{sortBy: {a: 1}, output: {v: {$rank: 1}}}", 5371603)]
    [InlineData("{output: {v: {$sum: '$a', window: {documents: [-1, 1]}}}}", 5339901)]
    [InlineData("{sortBy: {a: 1, b: 1}, output: {v: {$sum: '$a', window: {range: [-1, 1]}}}}", 5339902)]
    [InlineData("{output: {v: {$shift: {output: '$a', by: 1}}}}", 9)]
    [InlineData("{sortBy: {a: 1}}", 40414)]
    [InlineData("{sortBy: {a: 1}, output: {}, foo: 1}", 40415)]
    [InlineData("{partitionBy: [1], output: {v: {$sum: 1}}}", 14)]
    public async Task Bad_setWindowFields_fails_with_the_server_code(string spec, int code)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1, a: 1, b: 2}]");
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, "[{$setWindowFields: " + spec + "}]")).Code);
    }
}
