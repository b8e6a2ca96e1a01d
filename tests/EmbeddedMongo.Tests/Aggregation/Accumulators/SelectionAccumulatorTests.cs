using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;

namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

[Collection(MongoCollectionDefinition.Name)]
public sealed class SelectionAccumulatorTests(MongoTarget target)
{
    // Each case groups two input documents and accumulates a constant expression over them.
    [Theory]
    [InlineData("{$min: 5}", "5")]
    [InlineData("{$max: 'a'}", "'a'")]
    [InlineData("{$min: null}", "null")]
    [InlineData("{$first: 7}", "7")]
    [InlineData("{$last: 7}", "7")]
    [InlineData("{$first: null}", "null")]
    [InlineData("{$push: 1}", "[1, 1]")]
    [InlineData("{$push: {a: 'x'}}", "[{a: 'x'}, {a: 'x'}]")]
    [InlineData("{$addToSet: 1}", "[1]")]
    [InlineData("{$count: {}}", "2")]
    public async Task Accumulators_over_constant_values(string accumulator, string expected)
    {
        var collection = await Aggregate.SeedAsync(target, "[{_id: 1}, {_id: 2}]");
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: null, r: " + accumulator + "}}]");
        Aggregate.Same("[{_id: null, r: " + expected + "}]", result);
    }
}

[Collection(MongoCollectionDefinition.Name)]
public sealed class SelectionAccumulatorManualTests(MongoTarget target)
{
    [Fact]
    public async Task Min_max_first_and_last_per_item_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.Sales);
        var result = await Aggregate.RunAsync(collection,
            "[{$sort: {item: 1, date: 1}}, {$group: {_id: '$item', minQuantity: {$min: '$quantity'}, maxQuantity: {$max: '$quantity'}, firstSale: {$first: '$date'}, lastSale: {$last: '$date'}}}, {$sort: {_id: 1}}]");
        Aggregate.Same(
            "[{_id: 'abc', minQuantity: 2, maxQuantity: 10, firstSale: ISODate('2014-01-01T08:00:00Z'), lastSale: ISODate('2014-02-15T08:00:00Z')}," +
            " {_id: 'jkl', minQuantity: 1, maxQuantity: 1, firstSale: ISODate('2014-02-03T09:00:00Z'), lastSale: ISODate('2014-02-03T09:00:00Z')}," +
            " {_id: 'xyz', minQuantity: 5, maxQuantity: 10, firstSale: ISODate('2014-02-03T09:05:00Z'), lastSale: ISODate('2014-02-15T09:05:10Z')}]",
            result);
    }

    [Fact]
    public async Task Min_and_max_ignore_null_and_missing_and_compare_in_BSON_order()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: null}, {v: 5}, {}, {v: 'a'}, {v: NumberDecimal('7.5')}]");
        Aggregate.Same("[{_id: null, min: 5, max: 'a'}]", await Aggregate.RunAsync(collection, "[{$group: {_id: null, min: {$min: '$v'}, max: {$max: '$v'}}}]"));
    }

    [Fact]
    public async Task Push_and_addToSet_per_day_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.Sales);
        var result = await Aggregate.RunAsync(collection,
            "[{$sort: {date: 1}}, {$group: {_id: {day: {$dayOfYear: '$date'}, year: {$year: '$date'}}, itemsSold: {$push: {item: '$item', quantity: '$quantity'}}, items: {$addToSet: '$item'}}}, {$sort: {'_id.day': 1}}]");
        Aggregate.Same(
            "[{_id: {day: 1, year: 2014}, itemsSold: [{item: 'abc', quantity: 2}], items: ['abc']}," +
            " {_id: {day: 34, year: 2014}, itemsSold: [{item: 'jkl', quantity: 1}, {item: 'xyz', quantity: 5}], items: ['jkl', 'xyz']}," +
            " {_id: {day: 46, year: 2014}, itemsSold: [{item: 'abc', quantity: 10}, {item: 'xyz', quantity: 10}], items: ['abc', 'xyz']}]",
            result);
    }

    [Fact]
    public async Task Push_skips_missing_values_and_addToSet_treats_equal_numbers_as_one()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 1}, {}, {v: 1.0}, {v: null}, {v: NumberLong(1)}]");
        Aggregate.Same("[{_id: null, p: [1, 1.0, null, NumberLong(1)], s: [1, null]}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: null, p: {$push: '$v'}, s: {$addToSet: '$v'}}}]"));
    }

    [Fact]
    public async Task MergeObjects_combines_documents_as_in_the_manual()
    {
        var collection = await Aggregate.SeedAsync(target,
            "[{_id: 1, year: 2017, item: 'A', quantity: {'2017Q1': 500, '2017Q2': 500}}, {_id: 2, year: 2016, item: 'A', quantity: {'2016Q1': 400, '2016Q2': 300, '2016Q3': 0, '2016Q4': 0}}," +
            " {_id: 3, year: 2017, item: 'B', quantity: {'2017Q1': 300}}, {_id: 4, year: 2016, item: 'B', quantity: {'2016Q3': 100, '2016Q4': 250}}]");
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: '$item', mergedSales: {$mergeObjects: '$quantity'}}}, {$sort: {_id: 1}}]");
        Aggregate.Same(
            "[{_id: 'A', mergedSales: {'2017Q1': 500, '2017Q2': 500, '2016Q1': 400, '2016Q2': 300, '2016Q3': 0, '2016Q4': 0}}," +
            " {_id: 'B', mergedSales: {'2017Q1': 300, '2016Q3': 100, '2016Q4': 250}}]",
            result);
    }

    [Fact]
    public async Task MergeObjects_of_a_non_object_fails_with_40400()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 5}]");
        Assert.Equal(40400, (await Aggregate.FailsAsync(collection, "[{$group: {_id: null, m: {$mergeObjects: '$v'}}}]")).Code);
    }
}
