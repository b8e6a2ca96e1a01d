using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples and example tables of the manual's aggregation expression operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionManualTests(MongoTarget target)
{
    private const string Sales = "{c: [{_id: 1, item: 'abc', price: 10, quantity: 2, date: ISODate('2014-01-01T08:15:39.736Z')}]}";

    private const string LogMessages = "{c: [{_id: 1, date: '2017-02-08T12:10:40.787', timezone: 'America/New_York', message: 'Step 1: Started'}, {_id: 2, date: '2017-02-08', timezone: '-05:00', message: 'Step 1: Ended'}, {_id: 3, message: ' Step 1: Ended '}, {_id: 4, date: '2017-02-09', timezone: 'Europe/London', message: 'Step 2: Started'}, {_id: 5, date: '2017-02-09T03:35:02.055', timezone: '+0530', message: 'Step 2: In Progress'}]}";

    private const string Orders = "{c: [{_id: 1, item: 'apple', qty: 5, price: 10}, {_id: 2, item: 'pie', qty: 10, price: NumberDecimal('20.0')}, {_id: 3, item: 'ice cream', qty: 2, price: '4.99'}, {_id: 4, item: 'almonds'}, {_id: 5, item: 'bananas', qty: 5000000000.0, price: NumberDecimal('1.25')}]}";

    private const string Samples = "{c: [{_id: 1, value: 19.25}, {_id: 2, value: 28.73}, {_id: 3, value: 34.32}, {_id: 4, value: -45.39}]}";

    private const string FilterSales = "{c: [{_id: 0, items: [{item_id: 43, quantity: 2, price: 10, name: 'pen'}, {item_id: 2, quantity: 1, price: 240, name: 'briefcase'}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110, name: 'notebook'}, {item_id: 103, quantity: 4, price: 5, name: 'pen'}, {item_id: 38, quantity: 1, price: 300, name: 'printer'}]}, {_id: 2, items: [{item_id: 4, quantity: 1, price: 23, name: 'paper'}]}]}";

    private const string Engineers = "{c: [{_id: 1, team: [{name: 'pat', age: 30, address: {street: '12 Baker St', city: 'London'}}, {name: 'dallas', age: 36, address: {street: '12 Cowper St', city: 'Palo Alto'}}, {name: 'charlie', age: 42, address: {street: '12 French St', city: 'New Brunswick'}}]}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$dateToString: formats and timezones"] = new(
            Sales,
            "[{aggregate: 'c', pipeline: [{$project: {yearMonthDayUTC: {$dateToString: {format: '%Y-%m-%d', date: '$date'}}, timewithOffsetNY: {$dateToString: {format: '%H:%M:%S:%L%z', date: '$date', timezone: 'America/New_York'}}, timewithOffset430: {$dateToString: {format: '%H:%M:%S:%L%z', date: '$date', timezone: '+04:30'}}, minutesOffsetNY: {$dateToString: {format: '%Z', date: '$date', timezone: 'America/New_York'}}, minutesOffset430: {$dateToString: {format: '%Z', date: '$date', timezone: '+04:30'}}, abbreviated_month: {$dateToString: {format: '%b', date: '$date', timezone: '+04:30'}}, full_month: {$dateToString: {format: '%B', date: '$date', timezone: '+04:30'}}}}]}]",
            "[{_id: 1, yearMonthDayUTC: '2014-01-01', timewithOffsetNY: '03:15:39:736-0500', timewithOffset430: '12:45:39:736+0430', minutesOffsetNY: '-300', minutesOffset430: '270', abbreviated_month: 'Jan', full_month: 'January'}]"),
        ["$dateToString: default format and other specifiers"] = new(
            Sales,
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, d: {$dateToString: {date: '$date'}}, tz: {$dateToString: {date: '$date', timezone: 'America/New_York'}}, iso: {$dateToString: {date: '$date', format: '%G-W%V-%u %j %w %U %%'}}}}]}]",
            "[{d: '2014-01-01T08:15:39.736Z', tz: '2014-01-01T03:15:39.736', iso: '2014-W01-3 001 4 00 %'}]"),
        ["$dateFromString: fixed timezone"] = new(
            LogMessages,
            "[{aggregate: 'c', pipeline: [{$project: {date: {$dateFromString: {dateString: '$date', timezone: 'America/New_York'}}}}]}]",
            "[{_id: 1, date: ISODate('2017-02-08T17:10:40.787Z')}, {_id: 2, date: ISODate('2017-02-08T05:00:00Z')}, {_id: 3, date: null}, {_id: 4, date: ISODate('2017-02-09T05:00:00Z')}, {_id: 5, date: ISODate('2017-02-09T08:35:02.055Z')}]"),
        ["$dateFromString: timezone from the document"] = new(
            LogMessages,
            "[{aggregate: 'c', pipeline: [{$project: {date: {$dateFromString: {dateString: '$date', timezone: '$timezone'}}}}]}]",
            "[{_id: 1, date: ISODate('2017-02-08T17:10:40.787Z')}, {_id: 2, date: ISODate('2017-02-08T05:00:00Z')}, {_id: 3, date: null}, {_id: 4, date: ISODate('2017-02-09T00:00:00Z')}, {_id: 5, date: ISODate('2017-02-08T22:05:02.055Z')}]"),
        ["$dateFromString: onError"] = new(
            "{c: [{_id: 1, date: '2017-02-08T12:10:40.787', timezone: 'America/New_York', message: 'Step 1: Started'}, {_id: 2, date: '20177-02-09T03:35:02.055', timezone: 'America/New_York', message: 'Step 1: Ended'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {date: {$dateFromString: {dateString: '$date', timezone: '$timezone', onError: '$date'}}}}]}]",
            "[{_id: 1, date: ISODate('2017-02-08T17:10:40.787Z')}, {_id: 2, date: '20177-02-09T03:35:02.055'}]"),
        ["$dateFromString: onNull"] = new(
            "{c: [{_id: 1, date: '2017-02-08T12:10:40.787', timezone: 'America/New_York'}, {_id: 2, date: null, timezone: 'America/New_York'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {date: {$dateFromString: {dateString: '$date', timezone: '$timezone', onNull: ISODate('1970-01-01T00:00:00Z')}}}}]}]",
            "[{_id: 1, date: ISODate('2017-02-08T17:10:40.787Z')}, {_id: 2, date: ISODate('1970-01-01T00:00:00Z')}]"),
        ["$dateFromString: format specifiers"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$dateFromString: {dateString: '06-15-2018', format: '%m-%d-%Y'}}, b: {$dateFromString: {dateString: '15-06-2018', format: '%d-%m-%Y'}}, c: {$dateFromString: {dateString: '2017-02-08'}}}}]}]",
            "[{a: ISODate('2018-06-15T00:00:00Z'), b: ISODate('2018-06-15T00:00:00Z'), c: ISODate('2017-02-08T00:00:00Z')}]"),
        ["$convert: onError and onNull"] = new(
            Orders,
            "[{aggregate: 'c', pipeline: [{$addFields: {convertedPrice: {$convert: {input: '$price', to: 'decimal', onError: 'Error', onNull: NumberDecimal('0')}}, convertedQty: {$convert: {input: '$qty', to: 'int', onError: {$concat: ['Could not convert ', {$toString: '$qty'}, ' to type integer.']}, onNull: 0}}}}, {$project: {totalPrice: {$switch: {branches: [{case: {$eq: [{$type: '$convertedPrice'}, 'string']}, then: 'NaN'}, {case: {$eq: [{$type: '$convertedQty'}, 'string']}, then: 'NaN'}], default: {$multiply: ['$convertedPrice', '$convertedQty']}}}}}]}]",
            "[{_id: 1, totalPrice: NumberDecimal('50')}, {_id: 2, totalPrice: NumberDecimal('200.0')}, {_id: 3, totalPrice: NumberDecimal('9.98')}, {_id: 4, totalPrice: NumberDecimal('0')}, {_id: 5, totalPrice: 'NaN'}]"),
        ["$toDecimal: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, t: {$toDecimal: true}, f: {$toDecimal: false}, d: {$toDecimal: 2.5}, i: {$toDecimal: 5}, l: {$toDecimal: NumberLong(10000)}, s: {$toDecimal: '-5.5'}, date: {$toDecimal: ISODate('2018-03-26T04:38:28.044Z')}}}]}]",
            "[{t: NumberDecimal('1'), f: NumberDecimal('0'), d: NumberDecimal('2.50000000000000'), i: NumberDecimal('5'), l: NumberDecimal('10000'), s: NumberDecimal('-5.5'), date: NumberDecimal('1522039108044')}]"),
        ["$toString: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, t: {$toString: true}, d: {$toString: 2.5}, i: {$toString: 2}, l: {$toString: NumberLong(1000)}, o: {$toString: ObjectId('5ab9c3da31c2ab715d421285')}, date: {$toString: ISODate('2018-03-27T16:58:51.538Z')}, dec: {$toString: NumberDecimal('2.50')}}}]}]",
            "[{t: 'true', d: '2.5', i: '2', l: '1000', o: '5ab9c3da31c2ab715d421285', date: '2018-03-27T16:58:51.538Z', dec: '2.50'}]"),
        ["$toInt and $toLong: example tables"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$toInt: true}, b: {$toInt: 2.5}, c: {$toInt: NumberLong(5000)}, d: {$toInt: NumberDecimal('-5.5')}, e: {$toInt: '-5'}, f: {$toLong: ISODate('2018-03-26T04:38:28.044Z')}, g: {$toLong: NumberDecimal('-5.5')}, h: {$toLong: '-10'}}}]}]",
            "[{a: 1, b: 2, c: 5000, d: -5, e: -5, f: NumberLong('1522039108044'), g: NumberLong(-5), h: NumberLong(-10)}]"),
        ["$toDouble and $toBool: example tables"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$toDouble: true}, b: {$toDouble: '-5.5'}, c: {$toDouble: NumberDecimal('9.0')}, d: {$toDouble: ISODate('2018-03-26T04:38:28.044Z')}, e: {$toBool: 'false'}, f: {$toBool: ''}, g: {$toBool: 0.0}, h: {$toBool: null}, i: {$toBool: ISODate('2018-03-26T04:38:28.044Z')}}}]}]",
            "[{a: 1.0, b: -5.5, c: 9.0, d: 1522039108044.0, e: true, f: true, g: false, h: null, i: true}]"),
        ["$toDate: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$toDate: 120000000000.5}, b: {$toDate: NumberDecimal('1253372036000.50')}, c: {$toDate: NumberLong('1100000000000')}, d: {$toDate: NumberLong(-1100000000000)}, e: {$toDate: ObjectId('5ab9c3da31c2ab715d421285')}, f: {$toDate: '2018-03-03'}, g: {$toDate: '2018-03-20 11:00:06 +0500'}}}]}]",
            "[{a: ISODate('1973-10-20T21:20:00Z'), b: ISODate('2009-09-19T14:53:56Z'), c: ISODate('2004-11-09T11:33:20Z'), d: ISODate('1935-02-22T12:26:40Z'), e: ISODate('2018-03-27T04:08:58Z'), f: ISODate('2018-03-03T00:00:00Z'), g: ISODate('2018-03-20T06:00:06Z')}]"),
        ["$convert: to string with a bad value is ConversionFailure"] = new(
            "{c: [{_id: 1, v: 'abc'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$convert: {input: '$v', to: 'int'}}}}]}]",
            "error 241"),
        ["$round: one place"] = new(Samples, "[{aggregate: 'c', pipeline: [{$project: {roundedValue: {$round: ['$value', 1]}}}]}]",
            "[{_id: 1, roundedValue: 19.2}, {_id: 2, roundedValue: 28.7}, {_id: 3, roundedValue: 34.3}, {_id: 4, roundedValue: -45.4}]"),
        ["$round: negative places"] = new(Samples, "[{aggregate: 'c', pipeline: [{$project: {roundedValue: {$round: ['$value', -1]}}}]}]",
            "[{_id: 1, roundedValue: 20.0}, {_id: 2, roundedValue: 30.0}, {_id: 3, roundedValue: 30.0}, {_id: 4, roundedValue: -50.0}]"),
        ["$round: zero places"] = new(Samples, "[{aggregate: 'c', pipeline: [{$project: {roundedValue: {$round: ['$value', 0]}}}]}]",
            "[{_id: 1, roundedValue: 19.0}, {_id: 2, roundedValue: 29.0}, {_id: 3, roundedValue: 34.0}, {_id: 4, roundedValue: -45.0}]"),
        ["$trunc: one place and negative places"] = new(Samples, "[{aggregate: 'c', pipeline: [{$project: {one: {$trunc: ['$value', 1]}, neg: {$trunc: ['$value', -1]}}}]}]",
            "[{_id: 1, one: 19.2, neg: 10.0}, {_id: 2, one: 28.7, neg: 20.0}, {_id: 3, one: 34.3, neg: 30.0}, {_id: 4, one: -45.3, neg: -40.0}]"),
        ["$round: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$round: [1234.5678, 2]}, b: {$round: [1234.5678, -2]}, c: {$round: [1234.5678, 0]}, d: {$round: [1234.5678]}, e: {$round: [NumberInt(1234), -2]}, f: {$round: [NumberDecimal('1234.5678'), 2]}, g: {$round: [null, 2]}, h: {$round: [-2.5]}}}]}]",
            "[{a: 1234.57, b: 1200.0, c: 1235.0, d: 1235.0, e: 1200, f: NumberDecimal('1234.57'), g: null, h: -2.0}]"),
        ["$split: state totals"] = new(
            "{c: [{_id: 1, city: 'Berkeley, CA', qty: 648}, {_id: 2, city: 'Bend, OR', qty: 491}, {_id: 3, city: 'Kensington, CA', qty: 233}, {_id: 4, city: 'Eugene, OR', qty: 842}, {_id: 5, city: 'Reno, NV', qty: 655}, {_id: 6, city: 'Portland, OR', qty: 408}, {_id: 7, city: 'Sacramento, CA', qty: 574}]}",
            "[{aggregate: 'c', pipeline: [{$project: {city_state: {$split: ['$city', ', ']}, qty: 1}}, {$unwind: '$city_state'}, {$match: {city_state: {$regex: '[A-Z]{2}'}}}, {$group: {_id: {state: '$city_state'}, total_qty: {$sum: '$qty'}}}, {$sort: {total_qty: -1}}]}]",
            "[{_id: {state: 'OR'}, total_qty: 1741}, {_id: {state: 'CA'}, total_qty: 1455}, {_id: {state: 'NV'}, total_qty: 655}]"),
        ["$split: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$split: ['June-15-2013', '-']}, b: {$split: ['banana split', 'a']}, c: {$split: ['astronomical', 'astro']}, d: {$split: ['pea green boat', 'owl']}}}]}]",
            "[{a: ['June', '15', '2013'], b: ['b', 'n', 'n', ' split'], c: ['', 'nomical'], d: ['pea green boat']}]"),
        ["$split: non-string delimiter"] = new("{c: [{_id: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {a: {$split: ['headphone jack', 7]}}}]}]", "error 40086"),
        ["$regexFind: match object and null"] = new(
            "{c: [{_id: 1, category: 'café', description: 'Single LINE description.'}, {_id: 2, category: 'cafe', description: 'First lines\\nsecond line'}, {_id: 3, category: 'cafE', description: 'Many spaces before     line'}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {returnObject: {$regexFind: {input: '$category', regex: 'cafe'}}}}, {$project: {returnObject: 1}}]}]",
            "[{_id: 1, returnObject: null}, {_id: 2, returnObject: {match: 'cafe', idx: 0, captures: []}}, {_id: 3, returnObject: null}]"),
        ["$regexFindAll: code point indexes"] = new(
            "{c: [{_id: 1, description: 'Single LINE description.'}, {_id: 2, description: 'First lines\\nsecond line'}, {_id: 3, description: 'Many spaces before     line'}, {_id: 4, description: 'Multiple\\nline descriptions'}, {_id: 5, description: 'café line'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {returnObject: {$regexFindAll: {input: '$description', regex: 'line'}}}}]}]",
            "[{_id: 1, returnObject: []}, {_id: 2, returnObject: [{match: 'line', idx: 6, captures: []}, {match: 'line', idx: 19, captures: []}]}, {_id: 3, returnObject: [{match: 'line', idx: 23, captures: []}]}, {_id: 4, returnObject: [{match: 'line', idx: 9, captures: []}]}, {_id: 5, returnObject: [{match: 'line', idx: 5, captures: []}]}]"),
        ["$regexFind: captures with an unmatched group"] = new(
            "{c: [{_id: 1, fname: 'Carol'}, {_id: 2, fname: 'Colleen'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {nameMatch: {$regexFind: {input: '$fname', regex: '(C(ar)*)ol'}}}}]}]",
            "[{_id: 1, nameMatch: {match: 'Carol', idx: 0, captures: ['Car', 'ar']}}, {_id: 2, nameMatch: {match: 'Col', idx: 0, captures: ['C', null]}}]"),
        ["$regexMatch: options i"] = new(
            "{c: [{_id: 1, description: 'Single LINE description.'}, {_id: 2, description: 'First lines\\nsecond line'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$regexMatch: {input: '$description', regex: 'line', options: 'i'}}, s: {$regexMatch: {input: '$description', regex: 'line'}}}}]}]",
            "[{_id: 1, r: true, s: false}, {_id: 2, r: true, s: true}]"),
        ["$reduce: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$reduce: {input: ['a', 'b', 'c'], initialValue: '', in: {$concat: ['$$value', '$$this']}}}, b: {$reduce: {input: [1, 2, 3, 4], initialValue: {sum: 5, product: 2}, in: {sum: {$add: ['$$value.sum', '$$this']}, product: {$multiply: ['$$value.product', '$$this']}}}}, c: {$reduce: {input: [[3, 4], [5, 6]], initialValue: [1, 2], in: {$concatArrays: ['$$value', '$$this']}}}}}]}]",
            "[{a: 'abc', b: {sum: 15, product: 48}, c: [1, 2, 3, 4, 5, 6]}]"),
        ["$zip: transpose a matrix"] = new(
            "{c: [{_id: 1, matrix: [[1, 2], [2, 3], [3, 4]]}, {_id: 2, matrix: [[8, 7], [7, 6], [5, 4]]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: false, transposed: {$zip: {inputs: [{$arrayElemAt: ['$matrix', 0]}, {$arrayElemAt: ['$matrix', 1]}, {$arrayElemAt: ['$matrix', 2]}]}}}}]}]",
            "[{transposed: [[1, 2, 3], [2, 3, 4]]}, {transposed: [[8, 7, 5], [7, 6, 4]]}]"),
        ["$zip: example table"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$zip: {inputs: [['a'], ['b'], ['c']]}}, b: {$zip: {inputs: [['a'], ['b', 'c']]}}, c: {$zip: {inputs: [[1], [2, 3]], useLongestLength: true}}, d: {$zip: {inputs: [[1], [2, 3], [4]], useLongestLength: true, defaults: ['a', 'b', 'c']}}}}]}]",
            "[{a: [['a', 'b', 'c']], b: [['a', 'b']], c: [[1, 2], [null, 3]], d: [[1, 2, 4], ['a', 3, 'c']]}]"),
        ["$filter: condition"] = new(FilterSales,
            "[{aggregate: 'c', pipeline: [{$project: {items: {$filter: {input: '$items', as: 'item', cond: {$gte: ['$$item.price', 100]}}}}}]}]",
            "[{_id: 0, items: [{item_id: 2, quantity: 1, price: 240, name: 'briefcase'}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110, name: 'notebook'}, {item_id: 38, quantity: 1, price: 300, name: 'printer'}]}, {_id: 2, items: []}]"),
        ["$filter: limit"] = new(FilterSales,
            "[{aggregate: 'c', pipeline: [{$project: {items: {$filter: {input: '$items', cond: {$gte: ['$$item.price', 100]}, as: 'item', limit: 1}}}}]}]",
            "[{_id: 0, items: [{item_id: 2, quantity: 1, price: 240, name: 'briefcase'}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110, name: 'notebook'}]}, {_id: 2, items: []}]"),
        ["$filter: limit greater than the matches"] = new(FilterSales,
            "[{aggregate: 'c', pipeline: [{$project: {items: {$filter: {input: '$items', cond: {$lte: ['$$item.price', 150]}, as: 'item', limit: 5}}}}]}]",
            "[{_id: 0, items: [{item_id: 43, quantity: 2, price: 10, name: 'pen'}]}, {_id: 1, items: [{item_id: 23, quantity: 3, price: 110, name: 'notebook'}, {item_id: 103, quantity: 4, price: 5, name: 'pen'}]}, {_id: 2, items: [{item_id: 4, quantity: 1, price: 23, name: 'paper'}]}]"),
        ["$filter: limit must be positive"] = new(FilterSales,
            "[{aggregate: 'c', pipeline: [{$project: {items: {$filter: {input: '$items', cond: true, limit: 0}}}}]}]",
            "error 327392"),
        ["$filter: regexMatch on names"] = new(FilterSales,
            "[{aggregate: 'c', pipeline: [{$project: {items: {$filter: {input: '$items', as: 'item', cond: {$regexMatch: {input: '$$item.name', regex: '^p'}}}}}}]}]",
            "[{_id: 0, items: [{item_id: 43, quantity: 2, price: 10, name: 'pen'}]}, {_id: 1, items: [{item_id: 103, quantity: 4, price: 5, name: 'pen'}, {item_id: 38, quantity: 1, price: 300, name: 'printer'}]}, {_id: 2, items: [{item_id: 4, quantity: 1, price: 23, name: 'paper'}]}]"),
        ["$sortArray: by a field, an embedded field, and two fields"] = new(Engineers,
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, byName: {$map: {input: {$sortArray: {input: '$team', sortBy: {name: 1}}}, in: '$$this.name'}}, byCity: {$map: {input: {$sortArray: {input: '$team', sortBy: {'address.city': -1}}}, in: '$$this.name'}}, byAge: {$map: {input: {$sortArray: {input: '$team', sortBy: {age: -1, name: 1}}}, in: '$$this.name'}}}}]}]",
            "[{byName: ['charlie', 'dallas', 'pat'], byCity: ['dallas', 'charlie', 'pat'], byAge: ['charlie', 'dallas', 'pat']}]"),
        ["$sortArray: mixed types"] = new("{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, result: {$sortArray: {input: [20, 4, {a: 'Free'}, 6, 21, 5, 'Gratis', {a: null}, {a: {sale: true, price: 19}}, NumberDecimal('10.23'), {a: 'On sale'}], sortBy: 1}}}}]}]",
            "[{result: [4, 5, 6, NumberDecimal('10.23'), 20, 21, 'Gratis', {a: null}, {a: 'Free'}, {a: 'On sale'}, {a: {sale: true, price: 19}}]}]"),
        ["$getField: field name with a dot"] = new(
            "{c: [{_id: 1, item: 'sweatshirt', 'price.usd': 45.99, qty: 300}, {_id: 2, item: 'winter coat', 'price.usd': 499.99, qty: 200}, {_id: 3, item: 'sun dress', 'price.usd': 199.99, qty: 250}, {_id: 4, item: 'winter boots', 'price.usd': 249.99, qty: 300}, {_id: 5, item: 'bow tie', 'price.usd': 9.99, qty: 180}]}",
            "[{aggregate: 'c', pipeline: [{$match: {$expr: {$gt: [{$getField: 'price.usd'}, 200]}}}]}]",
            "[{_id: 2, item: 'winter coat', 'price.usd': 499.99, qty: 200}, {_id: 4, item: 'winter boots', 'price.usd': 249.99, qty: 300}]"),
        ["$getField: field name starting with $"] = new(
            "{c: [{_id: 1, item: 'sweatshirt', '$price': 45.99, qty: 300}, {_id: 2, item: 'winter coat', '$price': 499.99, qty: 200}]}",
            "[{aggregate: 'c', pipeline: [{$match: {$expr: {$gt: [{$getField: {$literal: '$price'}}, 200]}}}]}]",
            "[{_id: 2, item: 'winter coat', '$price': 499.99, qty: 200}]"),
        ["$setField: add a field with a dot"] = new(
            "{c: [{_id: 1, item: 'sweatshirt', price: 45.99, qty: 300}, {_id: 2, item: 'winter coat', price: 499.99, qty: 200}]}",
            "[{aggregate: 'c', pipeline: [{$replaceWith: {$setField: {field: 'price.usd', input: '$$ROOT', value: '$price'}}}, {$unset: 'price'}]}]",
            "[{_id: 1, item: 'sweatshirt', qty: 300, 'price.usd': 45.99}, {_id: 2, item: 'winter coat', qty: 200, 'price.usd': 499.99}]"),
        ["$setField: remove with $$REMOVE and $unsetField"] = new(
            "{c: [{_id: 1, item: 'sweatshirt', qty: 300, 'price.usd': 45.99, '$price': 1}]}",
            "[{aggregate: 'c', pipeline: [{$replaceWith: {$setField: {field: 'price.usd', input: '$$ROOT', value: '$$REMOVE'}}}, {$replaceWith: {$unsetField: {field: {$literal: '$price'}, input: '$$ROOT'}}}]}]",
            "[{_id: 1, item: 'sweatshirt', qty: 300}]"),
        ["$let: variables"] = new(
            "{c: [{_id: 1, price: 10, tax: 0.50, applyDiscount: true}, {_id: 2, price: 10, tax: 0.25, applyDiscount: false}]}",
            "[{aggregate: 'c', pipeline: [{$project: {finalTotal: {$let: {vars: {total: {$add: ['$price', '$tax']}, discounted: {$cond: {if: '$applyDiscount', then: 0.9, else: 1}}}, in: {$multiply: ['$$total', '$$discounted']}}}}}]}]",
            "[{_id: 1, finalTotal: 9.450000000000001}, {_id: 2, finalTotal: 10.25}]"),
        ["$switch: average of scores"] = new(
            "{c: [{_id: 1, name: 'Susan Wilkes', scores: [87, 86, 78]}, {_id: 2, name: 'Bob Hanna', scores: [71, 64, 81]}, {_id: 3, name: 'James Torrelio', scores: [91, 84, 97]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {name: 1, summary: {$switch: {branches: [{case: {$gte: [{$avg: '$scores'}, 90]}, then: 'Doing great!'}, {case: {$and: [{$gte: [{$avg: '$scores'}, 80]}, {$lt: [{$avg: '$scores'}, 90]}]}, then: 'Doing pretty well.'}, {case: {$lt: [{$avg: '$scores'}, 80]}, then: 'Needs improvement.'}], default: 'No scores found.'}}}}]}]",
            "[{_id: 1, name: 'Susan Wilkes', summary: 'Doing pretty well.'}, {_id: 2, name: 'Bob Hanna', summary: 'Needs improvement.'}, {_id: 3, name: 'James Torrelio', summary: 'Doing great!'}]"),
        ["$acos: value outside [-1, 1]"] = new("{c: [{_id: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {r: {$acos: 2}}}]}]", "error 50989"),
        ["$sin: non-numeric input"] = new("{c: [{_id: 1}]}", "[{aggregate: 'c', pipeline: [{$project: {r: {$sin: 'a'}}}]}]", "error 28765"),
        ["$median: expression over an array field"] = new(
            "{c: [{_id: 0, name: 'Dianne', scores: [42, 41, 41]}, {_id: 1, name: 'Kaitlin', scores: [45, 45, 41]}, {_id: 2, name: 'Jessica', scores: [50, 37, 39]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, studentId: '$_id', testMedians: {$median: {input: '$scores', method: 'approximate'}}, testPercentiles: {$percentile: {input: '$scores', p: [0.5, 0.95], method: 'approximate'}}}}]}]",
            "[{studentId: 0, testMedians: 41.0, testPercentiles: [41.0, 42.0]}, {studentId: 1, testMedians: 45.0, testPercentiles: [45.0, 45.0]}, {studentId: 2, testMedians: 39.0, testPercentiles: [39.0, 50.0]}]"),
        ["$setUnion and $setIntersection: results in BSON order"] = new(
            "{c: [{_id: 1, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid']}, {_id: 3, flowerFieldA: ['rose', 'orchid'], flowerFieldB: ['rose', 'orchid', 'jasmine']}, {_id: 6, flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose'], ['orchid']]}, {_id: 7, flowerFieldA: ['rose', 'orchid'], flowerFieldB: [['rose', 'orchid']]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, allValues: {$setUnion: ['$flowerFieldA', '$flowerFieldB']}, commonToBoth: {$setIntersection: ['$flowerFieldA', '$flowerFieldB']}}}]}]",
            "[{allValues: ['orchid', 'rose'], commonToBoth: ['orchid', 'rose']}, {allValues: ['jasmine', 'orchid', 'rose'], commonToBoth: ['orchid', 'rose']}, {allValues: ['orchid', 'rose', ['orchid'], ['rose']], commonToBoth: []}, {allValues: ['orchid', 'rose', ['rose', 'orchid']], commonToBoth: []}]"),
        ["$switch: no matching branch and no default"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$switch: {branches: [{case: false, then: 1}]}}}}]}]",
            "error 40066"),
        ["$mergeObjects: with $lookup"] = new(
            "{c: [{_id: 1, item: 'abc', price: 12, ordered: 2}, {_id: 2, item: 'jkl', price: 20, ordered: 1}], items: [{_id: 1, item: 'abc', description: 'product 1', instock: 120}, {_id: 2, item: 'def', description: 'product 2', instock: 80}, {_id: 3, item: 'jkl', description: 'product 3', instock: 60}]}",
            "[{aggregate: 'c', pipeline: [{$lookup: {from: 'items', localField: 'item', foreignField: 'item', as: 'fromItems'}}, {$replaceRoot: {newRoot: {$mergeObjects: [{$arrayElemAt: ['$fromItems', 0]}, '$$ROOT']}}}, {$project: {fromItems: 0}}]}]",
            "[{_id: 1, item: 'abc', description: 'product 1', instock: 120, price: 12, ordered: 2}, {_id: 2, item: 'jkl', description: 'product 3', instock: 60, price: 20, ordered: 1}]"),
        ["$mergeObjects: accumulator"] = new(
            "{c: [{_id: 1, year: 2017, item: 'A', quantity: {'2017Q1': 500, '2017Q2': 500}}, {_id: 2, year: 2016, item: 'A', quantity: {'2016Q1': 400, '2016Q2': 300, '2016Q3': 0, '2016Q4': 0}}, {_id: 3, year: 2017, item: 'B', quantity: {'2017Q1': 300}}, {_id: 4, year: 2016, item: 'B', quantity: {'2016Q3': 100, '2016Q4': 250}}]}",
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$item', mergedSales: {$mergeObjects: '$quantity'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'A', mergedSales: {'2017Q1': 500, '2017Q2': 500, '2016Q1': 400, '2016Q2': 300, '2016Q3': 0, '2016Q4': 0}}, {_id: 'B', mergedSales: {'2017Q1': 300, '2016Q3': 100, '2016Q4': 250}}]"),
        ["$objectToArray: sum by warehouse"] = new(
            "{c: [{_id: 1, item: 'ABC1', instock: {warehouse1: 2500, warehouse2: 500}}, {_id: 2, item: 'ABC2', instock: {warehouse2: 500, warehouse3: 200}}]}",
            "[{aggregate: 'c', pipeline: [{$project: {warehouses: {$objectToArray: '$instock'}}}, {$unwind: '$warehouses'}, {$group: {_id: '$warehouses.k', total: {$sum: '$warehouses.v'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'warehouse1', total: 2500}, {_id: 'warehouse2', total: 1000}, {_id: 'warehouse3', total: 200}]"),
        ["$arrayToObject: pairs and duplicate keys"] = new(
            "{c: [{_id: 1, item: 'ABC1', dimensions: [{k: 'l', v: 25}, {k: 'w', v: 10}, {k: 'uom', v: 'cm'}]}, {_id: 2, item: 'ABC2', dimensions: [['l', 50], ['w', 25], ['uom', 'cm']]}, {_id: 3, item: 'ABC3', dimensions: [['l', 50], ['l', 25], ['uom', 'cm']]}]}",
            "[{aggregate: 'c', pipeline: [{$project: {item: 1, dimensions: {$arrayToObject: '$dimensions'}}}]}]",
            "[{_id: 1, item: 'ABC1', dimensions: {l: 25, w: 10, uom: 'cm'}}, {_id: 2, item: 'ABC2', dimensions: {l: 50, w: 25, uom: 'cm'}}, {_id: 3, item: 'ABC3', dimensions: {l: 25, uom: 'cm'}}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
