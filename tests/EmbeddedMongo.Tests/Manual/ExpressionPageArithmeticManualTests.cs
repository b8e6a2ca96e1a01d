using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's arithmetic expression operator pages ($add ... $log10), with
/// the BSON types MongoDB really answers with (the shell prints 10.0 as 10).
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageArithmeticManualTests(MongoTarget target)
{
    private const string AddSales = "{sales: [{_id: 1, item: 'abc', price: 10, fee: 2, date: ISODate('2014-03-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: 20, fee: 1, date: ISODate('2014-03-01T09:00:00Z')}, {_id: 3, item: 'xyz', price: 5, fee: 0, date: ISODate('2014-03-15T09:00:00Z')}]}";

    private const string SubtractSales = "{sales: [{_id: 1, item: 'abc', price: 10, fee: 2, discount: 5, date: ISODate('2014-03-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: 20, fee: 1, discount: 2, date: ISODate('2014-03-01T09:00:00Z')}]}";

    private const string Samples = "{samples: [{_id: 1, value: 9.25}, {_id: 2, value: 8.73}, {_id: 3, value: 4.32}, {_id: 4, value: -5.34}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$add: add numbers"] = new(
            AddSales,
            "[{aggregate: 'sales', pipeline: [{$project: {item: 1, total: {$add: ['$price', '$fee']}}}]}]",
            "[{_id: 1, item: 'abc', total: 12}, {_id: 2, item: 'jkl', total: 21}, {_id: 3, item: 'xyz', total: 5}]"),
        ["$add: perform addition on a date"] = new(
            AddSales,
            "[{aggregate: 'sales', pipeline: [{$project: {item: 1, billing_date: {$add: ['$date', 259200000]}}}]}]",
            "[{_id: 1, item: 'abc', billing_date: ISODate('2014-03-04T08:00:00Z')}, {_id: 2, item: 'jkl', billing_date: ISODate('2014-03-04T09:00:00Z')}, {_id: 3, item: 'xyz', billing_date: ISODate('2014-03-18T09:00:00Z')}]"),
        ["$subtract: subtract numbers"] = new(
            SubtractSales,
            "[{aggregate: 'sales', pipeline: [{$project: {item: 1, total: {$subtract: [{$add: ['$price', '$fee']}, '$discount']}}}]}]",
            "[{_id: 1, item: 'abc', total: 7}, {_id: 2, item: 'jkl', total: 19}]"),

        // "Subtract two dates" subtracts from $$NOW / new Date(): its output depends on the clock.
        ["$subtract: subtract milliseconds from a date"] = new(
            SubtractSales,
            "[{aggregate: 'sales', pipeline: [{$project: {item: 1, dateDifference: {$subtract: ['$date', 300000]}}}]}]",
            "[{_id: 1, item: 'abc', dateDifference: ISODate('2014-03-01T07:55:00Z')}, {_id: 2, item: 'jkl', dateDifference: ISODate('2014-03-01T08:55:00Z')}]"),
        ["$subtract: two dates give a long of milliseconds"] = new(
            SubtractSales,
            "[{aggregate: 'sales', pipeline: [{$project: {_id: 0, d: {$subtract: [ISODate('2014-03-02T08:00:00Z'), '$date']}}}]}]",
            "[{d: NumberLong(86400000)}, {d: NumberLong(82800000)}]"),
        ["$subtract: a non-integral number is rounded before it is subtracted from a date"] = new(
            SubtractSales,
            "[{aggregate: 'sales', pipeline: [{$project: {_id: 0, d: {$subtract: ['$date', 1.5]}}}]}]",
            "[{d: ISODate('2014-03-01T07:59:59.998Z')}, {d: ISODate('2014-03-01T08:59:59.998Z')}]"),
        ["$multiply: price times quantity"] = new(
            "{sales: [{_id: 1, item: 'abc', price: 10, quantity: 2, date: ISODate('2014-03-01T08:00:00Z')}, {_id: 2, item: 'jkl', price: 20, quantity: 1, date: ISODate('2014-03-01T09:00:00Z')}, {_id: 3, item: 'xyz', price: 5, quantity: 10, date: ISODate('2014-03-15T09:00:00Z')}]}",
            "[{aggregate: 'sales', pipeline: [{$project: {date: 1, item: 1, total: {$multiply: ['$price', '$quantity']}}}]}]",
            "[{_id: 1, item: 'abc', date: ISODate('2014-03-01T08:00:00Z'), total: 20}, {_id: 2, item: 'jkl', date: ISODate('2014-03-01T09:00:00Z'), total: 20}, {_id: 3, item: 'xyz', date: ISODate('2014-03-15T09:00:00Z'), total: 50}]"),
        ["$divide: hours by eight"] = new(
            "{conferencePlanning: [{_id: 1, city: 'New York', hours: 80, tasks: 7}, {_id: 2, city: 'Singapore', hours: 40, tasks: 4}]}",
            "[{aggregate: 'conferencePlanning', pipeline: [{$project: {city: 1, workdays: {$divide: ['$hours', 8]}}}]}]",
            "[{_id: 1, city: 'New York', workdays: 10.0}, {_id: 2, city: 'Singapore', workdays: 5.0}]"),
        ["$divide: by zero is an error"] = new(
            "{c: [{_id: 1, a: 1, b: 0}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$divide: ['$a', '$b']}}}]}]",
            "error 2"),
        ["$mod: remainder of hours by tasks"] = new(
            "{conferencePlanning: [{_id: 1, city: 'New York', hours: 80, tasks: 7}, {_id: 2, city: 'Singapore', hours: 40, tasks: 4}]}",
            "[{aggregate: 'conferencePlanning', pipeline: [{$project: {remainder: {$mod: ['$hours', '$tasks']}}}]}]",
            "[{_id: 1, remainder: 3}, {_id: 2, remainder: 0}]"),
        ["$mod: negative dividend"] = new(
            "{test: [{_id: 0, dividend: -13, divisor: 9}]}",
            "[{aggregate: 'test', pipeline: [{$project: {remainder: {$mod: ['$dividend', '$divisor']}}}]}]",
            "[{_id: 0, remainder: -4}]"),
        ["$mod: by zero is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$mod: [5, {$literal: 0}]}}}]}]",
            "error 16610"),
        ["$abs: magnitude of the difference"] = new(
            "{ratings: [{_id: 1, start: 5, end: 8}, {_id: 2, start: 4, end: 4}, {_id: 3, start: 9, end: 7}, {_id: 4, start: 6, end: 7}]}",
            "[{aggregate: 'ratings', pipeline: [{$project: {delta: {$abs: {$subtract: ['$start', '$end']}}}}]}]",
            "[{_id: 1, delta: 3}, {_id: 2, delta: 0}, {_id: 3, delta: 2}, {_id: 4, delta: 1}]"),
        ["$ceil: ceiling of samples"] = new(
            Samples,
            "[{aggregate: 'samples', pipeline: [{$project: {value: 1, ceilingValue: {$ceil: '$value'}}}]}]",
            "[{_id: 1, value: 9.25, ceilingValue: 10.0}, {_id: 2, value: 8.73, ceilingValue: 9.0}, {_id: 3, value: 4.32, ceilingValue: 5.0}, {_id: 4, value: -5.34, ceilingValue: -5.0}]"),
        ["$floor: floor of samples"] = new(
            Samples,
            "[{aggregate: 'samples', pipeline: [{$project: {value: 1, floorValue: {$floor: '$value'}}}]}]",
            "[{_id: 1, value: 9.25, floorValue: 9.0}, {_id: 2, value: 8.73, floorValue: 8.0}, {_id: 3, value: 4.32, floorValue: 4.0}, {_id: 4, value: -5.34, floorValue: -6.0}]"),
        ["$pow: variance of quiz scores"] = new(
            "{quizzes: [{_id: 1, scores: [{name: 'dave123', score: 85}, {name: 'dave2', score: 90}, {name: 'ahn', score: 71}]}, {_id: 2, scores: [{name: 'li', quiz: 2, score: 96}, {name: 'annT', score: 77}, {name: 'ty', score: 82}]}]}",
            "[{aggregate: 'quizzes', pipeline: [{$project: {variance: {$pow: [{$stdDevPop: '$scores.score'}, 2]}}}]}]",
            "[{_id: 1, variance: 64.66666666666667}, {_id: 2, variance: 64.66666666666667}]"),
        ["$pow: zero to a negative exponent is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$pow: [{$literal: 0}, -1]}}}]}]",
            "error 28764"),
        ["$sqrt: distance between points"] = new(
            "{points: [{_id: 1, p1: {x: 5, y: 8}, p2: {x: 0, y: 5}}, {_id: 2, p1: {x: -2, y: 1}, p2: {x: 1, y: 5}}, {_id: 3, p1: {x: 4, y: 4}, p2: {x: 4, y: 0}}]}",
            "[{aggregate: 'points', pipeline: [{$project: {distance: {$sqrt: {$add: [{$pow: [{$subtract: ['$p2.y', '$p1.y']}, 2]}, {$pow: [{$subtract: ['$p2.x', '$p1.x']}, 2]}]}}}}]}]",
            "[{_id: 1, distance: 5.830951894845301}, {_id: 2, distance: 5.0}, {_id: 3, distance: 4.0}]"),
        ["$sqrt: negative number is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$sqrt: {$literal: -1}}}}]}]",
            "error 28714"),
        ["$exp: effective interest rate"] = new(
            "{accounts: [{_id: 1, interestRate: 0.08, presentValue: 10000}, {_id: 2, interestRate: 0.0825, presentValue: 250000}, {_id: 3, interestRate: 0.0425, presentValue: 1000}]}",
            "[{aggregate: 'accounts', pipeline: [{$project: {effectiveRate: {$subtract: [{$exp: '$interestRate'}, 1]}}}]}]",
            "[{_id: 1, effectiveRate: 0.08328706767495864}, {_id: 2, effectiveRate: 0.08599867343905654}, {_id: 3, effectiveRate: 0.04341605637367807}]"),
        ["$ln: natural log of sales"] = new(
            "{sales: [{_id: 1, year: '2000', sales: 8700000}, {_id: 2, year: '2005', sales: 5000000}, {_id: 3, year: '2010', sales: 6250000}]}",
            "[{aggregate: 'sales', pipeline: [{$project: {x: '$year', y: {$ln: '$sales'}}}]}]",
            "[{_id: 1, x: '2000', y: 15.978833583624812}, {_id: 2, x: '2005', y: 15.424948470398375}, {_id: 3, x: '2010', y: 15.648092021712584}]"),
        ["$log: bits needed"] = new(
            "{integers: [{_id: 1, int: 5}, {_id: 2, int: 2}, {_id: 3, int: 23}, {_id: 4, int: 10}]}",
            "[{aggregate: 'integers', pipeline: [{$project: {bitsNeeded: {$floor: {$add: [1, {$log: ['$int', 2]}]}}}}]}]",
            "[{_id: 1, bitsNeeded: 3.0}, {_id: 2, bitsNeeded: 2.0}, {_id: 3, bitsNeeded: 5.0}, {_id: 4, bitsNeeded: 4.0}]"),
        ["$log10: pH"] = new(
            "{samples: [{_id: 1, H3O: 0.0025}, {_id: 2, H3O: 0.001}, {_id: 3, H3O: 0.02}]}",
            "[{aggregate: 'samples', pipeline: [{$project: {pH: {$multiply: [-1, {$log10: '$H3O'}]}}}]}]",
            "[{_id: 1, pH: 2.6020599913279625}, {_id: 2, pH: 3.0}, {_id: 3, pH: 1.6989700043360187}]"),
        ["$ln and $log10: zero or negative is an error"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$ln: {$literal: 0}}}}]}]",
            "error 28766"),
        ["$log: base must be positive and not one"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$log: [100, 1]}}}]}]",
            "error 28759"),
        ["$log, $ln, $log10, $sqrt, $exp: example tables"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$log: [100, 2.718281828459045]}, b: {$ln: 2.718281828459045}, c: {$log10: 1}, d: {$log10: 10}, e: {$log10: 100}, f: {$sqrt: null}, g: {$exp: null}, h: {$log10: null}, i: {$abs: 1}, j: {$floor: 1}, k: {$floor: 7.80}}}]}]",
            "[{a: 4.605170185988092, b: 1.0, c: 0.0, d: 1.0, e: 2.0, f: null, g: null, h: null, i: 1, j: 1, k: 7.0}]"),
        ["$add, $subtract, $multiply: mixed types promote and overflow"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$add: [1, NumberLong(2), 1.5]}, b: {$subtract: [NumberLong('9223372036854775807'), -1]}, c: {$multiply: [2147483647, 2]}, d: {$add: [NumberDecimal('1.1'), 1]}, e: {$subtract: [-2147483648, 1]}}}]}]",
            "[{a: 4.5, b: 9.2233720368547758E+18, c: NumberLong(4294967294), d: NumberDecimal('2.1'), e: NumberLong(-2147483649)}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
