using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Stages;

/// <summary>$setWindowFields, checked against the manual's cakeSales examples.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class SetWindowFieldsStageTests(MongoTarget target)
{
    private const string CakeSales = """
        [
          { _id: 0, type: "chocolate", orderDate: ISODate("2020-05-18T14:10:30Z"), state: "CA", price: 13, quantity: 120 },
          { _id: 1, type: "chocolate", orderDate: ISODate("2021-03-20T11:30:05Z"), state: "WA", price: 14, quantity: 140 },
          { _id: 2, type: "vanilla", orderDate: ISODate("2021-01-11T06:31:15Z"), state: "CA", price: 12, quantity: 145 },
          { _id: 3, type: "vanilla", orderDate: ISODate("2020-02-08T13:13:23Z"), state: "WA", price: 13, quantity: 104 },
          { _id: 4, type: "strawberry", orderDate: ISODate("2019-05-18T16:09:01Z"), state: "CA", price: 41, quantity: 162 },
          { _id: 5, type: "strawberry", orderDate: ISODate("2019-01-08T06:12:03Z"), state: "WA", price: 43, quantity: 134 }
        ]
        """;

    public static TheoryData<string, string, string> ManualExamples => new()
    {
        {
            "cumulative quantity per state",
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {v: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}, {$project: {v: 1}}]",
            "[{_id: 4, v: 162}, {_id: 0, v: 282}, {_id: 2, v: 427}, {_id: 5, v: 134}, {_id: 3, v: 238}, {_id: 1, v: 378}]"
        },
        {
            "cumulative quantity per year",
            "[{$setWindowFields: {partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {v: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}, {$project: {v: 1}}]",
            "[{_id: 5, v: 134}, {_id: 4, v: 296}, {_id: 3, v: 104}, {_id: 0, v: 224}, {_id: 2, v: 145}, {_id: 1, v: 285}]"
        },
        {
            "moving average of the previous and current order",
            "[{$setWindowFields: {partitionBy: {$year: '$orderDate'}, sortBy: {orderDate: 1}, output: {v: {$avg: '$quantity', window: {documents: [-1, 0]}}}}}, {$project: {v: 1}}]",
            "[{_id: 5, v: 134.0}, {_id: 4, v: 148.0}, {_id: 3, v: 104.0}, {_id: 0, v: 112.0}, {_id: 2, v: 145.0}, {_id: 1, v: 142.5}]"
        },
        {
            "total per state over the whole partition",
            "[{$setWindowFields: {partitionBy: '$state', output: {v: {$sum: '$quantity'}}}}, {$project: {v: 1}}, {$sort: {_id: 1}}]",
            "[{_id: 0, v: 427}, {_id: 1, v: 378}, {_id: 2, v: 427}, {_id: 3, v: 378}, {_id: 4, v: 427}, {_id: 5, v: 378}]"
        },
        {
            "quantity of orders within 10 of the price",
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {price: 1}, output: {v: {$sum: '$quantity', window: {range: [-10, 10]}}}}}, {$project: {v: 1}}]",
            "[{_id: 2, v: 265}, {_id: 0, v: 265}, {_id: 4, v: 162}, {_id: 3, v: 244}, {_id: 1, v: 244}, {_id: 5, v: 134}]"
        },
        {
            "rank by quantity within a state",
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$rank: {}}}}}, {$project: {v: 1}}]",
            "[{_id: 4, v: 1}, {_id: 2, v: 2}, {_id: 0, v: 3}, {_id: 1, v: 1}, {_id: 5, v: 2}, {_id: 3, v: 3}]"
        },
        {
            "document number without partition",
            "[{$setWindowFields: {sortBy: {quantity: 1}, output: {v: {$documentNumber: {}}}}}, {$project: {v: 1}}]",
            "[{_id: 3, v: 1}, {_id: 0, v: 2}, {_id: 5, v: 3}, {_id: 1, v: 4}, {_id: 2, v: 5}, {_id: 4, v: 6}]"
        },
        {
            "shift to the next order's quantity",
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {quantity: -1}, output: {v: {$shift: {output: '$quantity', by: 1, default: 'Not available'}}}}}, {$project: {v: 1}}]",
            "[{_id: 4, v: 145}, {_id: 2, v: 120}, {_id: 0, v: 'Not available'}, {_id: 1, v: 134}, {_id: 5, v: 104}, {_id: 3, v: 'Not available'}]"
        },
        {
            "running list of types within a state",
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {v: {$push: '$type', window: {documents: ['unbounded', 'current']}}}}}, {$project: {v: 1}}]",
            "[{_id: 4, v: ['strawberry']}, {_id: 0, v: ['strawberry', 'chocolate']}, {_id: 2, v: ['strawberry', 'chocolate', 'vanilla']}, {_id: 5, v: ['strawberry']}, {_id: 3, v: ['strawberry', 'vanilla']}, {_id: 1, v: ['strawberry', 'vanilla', 'chocolate']}]"
        },
    };

    [Theory]
    [MemberData(nameof(ManualExamples))]
    public async Task SetWindowFields_matches_the_manual(string what, string pipeline, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, CakeSales);
        Assert.False(string.IsNullOrEmpty(what));
        Aggregate.Same(expected, await Aggregate.RunAsync(collection, pipeline));
    }

    [Theory]
    [InlineData("[{$setWindowFields: {partitionBy: '$state', output: {v: {$rank: {}}}}}]", 5371602)]
    [InlineData("[{$setWindowFields: {sortBy: {price: 1}, output: {v: {$noSuchWindowFunction: '$price'}}}}]", 5397500)]
    [InlineData("[{$setWindowFields: {sortBy: {price: 1}}}]", 40414)]
    public async Task SetWindowFields_rejects_bad_specifications(string pipeline, int code)
    {
        var collection = await Aggregate.SeedAsync(target, CakeSales);
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() => Aggregate.RunAsync(collection, pipeline));
        Assert.Equal(code, ex.Code);
    }
}
