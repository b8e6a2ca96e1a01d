using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's date expression operator pages, timezones included.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageDateManualTests(MongoTarget target)
{
    private const string Sales = "{sales: [{_id: 1, item: 'abc', price: 10, quantity: 2, date: ISODate('2014-01-01T08:15:39.736Z')}]}";

    private const string CakeSales = "{cakeSales: [{_id: 0, type: 'chocolate', orderDate: ISODate('2020-05-18T14:10:30Z'), state: 'CA', price: 13, quantity: 120}, {_id: 1, type: 'chocolate', orderDate: ISODate('2021-03-20T11:30:05Z'), state: 'WA', price: 14, quantity: 140}, {_id: 2, type: 'vanilla', orderDate: ISODate('2021-01-11T06:31:15Z'), state: 'CA', price: 12, quantity: 145}, {_id: 3, type: 'vanilla', orderDate: ISODate('2020-02-08T13:13:23Z'), state: 'WA', price: 13, quantity: 104}, {_id: 4, type: 'strawberry', orderDate: ISODate('2019-05-18T16:09:01Z'), state: 'CA', price: 41, quantity: 162}, {_id: 5, type: 'strawberry', orderDate: ISODate('2019-01-08T06:12:03Z'), state: 'WA', price: 43, quantity: 134}]}";

    private const string Shipping = "{shipping: [{_id: 1, custId: 456, purchaseDate: ISODate('2020-12-31T00:00:00Z')}, {_id: 2, custId: 457, purchaseDate: ISODate('2021-02-28T00:00:00Z')}, {_id: 3, custId: 458, purchaseDate: ISODate('2021-02-26T00:00:00Z')}]}";

    private const string TzFormat = "'%Y-%m-%d %H:%M'";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["date parts: year to week of the sales date"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {year: {$year: '$date'}, month: {$month: '$date'}, day: {$dayOfMonth: '$date'}, hour: {$hour: '$date'}, minutes: {$minute: '$date'}, seconds: {$second: '$date'}, milliseconds: {$millisecond: '$date'}, dayOfYear: {$dayOfYear: '$date'}, dayOfWeek: {$dayOfWeek: '$date'}, week: {$week: '$date'}}}]}]",
            "[{_id: 1, year: 2014, month: 1, day: 1, hour: 8, minutes: 15, seconds: 39, milliseconds: 736, dayOfYear: 1, dayOfWeek: 4, week: 0}]"),
        ["date parts: with a timezone"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {_id: 0, y: {$year: {date: ISODate('1998-11-07T00:00:00Z'), timezone: '-0400'}}, mi: {$minute: {date: ISODate('1998-11-07T00:00:00Z'), timezone: '+0430'}}, mo: {$month: {date: ISODate('2011-08-14T00:00:00Z'), timezone: 'America/Chicago'}}, d: {$dayOfMonth: {date: '$date', timezone: 'Asia/Tokyo'}}, w: {$week: {date: ISODate('2016-01-01T00:00:00Z'), timezone: 'Europe/London'}}, h: {$hour: {date: '$date', timezone: '-05:00'}}, s: {$second: {date: '$date', timezone: '+05:30'}}, ms: {$millisecond: {date: '$date', timezone: 'America/New_York'}}, dow: {$dayOfWeek: {date: '$date', timezone: 'America/New_York'}}, doy: {$dayOfYear: {date: '$date', timezone: '-10'}}}}]}]",
            "[{y: 1998, mi: 30, mo: 8, d: 1, w: 0, h: 3, s: 39, ms: 736, dow: 4, doy: 365}]"),
        ["date parts: a string is not a date"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {r: {$year: 'March 28, 1976'}}}]}]",
            "error 16006"),
        ["date parts: an unknown timezone is an error"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {r: {$hour: {date: '$date', timezone: 'Mars/Olympus'}}}}]}]",
            "error 40485"),
        ["$isoWeek: week numbers"] = new(
            "{deliveries: [{_id: 1, date: ISODate('2006-10-24T00:00:00Z'), city: 'Boston'}, {_id: 2, date: ISODate('2011-08-18T00:00:00Z'), city: 'Detroit'}]}",
            "[{aggregate: 'deliveries', pipeline: [{$project: {_id: 0, city: '$city', weekNumber: {$isoWeek: '$date'}}}]}]",
            "[{city: 'Boston', weekNumber: 43}, {city: 'Detroit', weekNumber: 33}]"),
        ["$isoWeekYear: year numbers"] = new(
            "{anniversaries: [{_id: 1, date: ISODate('2016-01-01T00:00:00Z')}, {_id: 2, date: ISODate('2016-01-04T00:00:00Z')}, {_id: 3, date: ISODate('2015-01-01T00:00:00Z')}, {_id: 4, date: ISODate('2014-04-21T00:00:00Z')}]}",
            "[{aggregate: 'anniversaries', pipeline: [{$project: {yearNumber: {$isoWeekYear: '$date'}}}]}]",
            "[{_id: 1, yearNumber: NumberLong(2015)}, {_id: 2, yearNumber: NumberLong(2016)}, {_id: 3, yearNumber: NumberLong(2015)}, {_id: 4, yearNumber: NumberLong(2014)}]"),
        ["$isoDayOfWeek: birthdays"] = new(
            "{birthdays: [{_id: 1, name: 'Betty', birthday: ISODate('1993-09-21T00:00:00Z')}, {_id: 2, name: 'Veronica', birthday: ISODate('1981-11-07T00:00:00Z')}]}",
            "[{aggregate: 'birthdays', pipeline: [{$project: {_id: 0, name: '$name', dayOfWeek: {$isoDayOfWeek: '$birthday'}}}]}]",
            "[{name: 'Betty', dayOfWeek: 2}, {name: 'Veronica', dayOfWeek: 6}]"),
        ["$dateToParts: plain, iso8601 and timezone"] = new(
            "{sales: [{_id: 2, item: 'abc', price: 10, quantity: 2, date: ISODate('2017-01-01T01:29:09.123Z')}]}",
            "[{aggregate: 'sales', pipeline: [{$project: {date: {$dateToParts: {date: '$date'}}, date_iso: {$dateToParts: {date: '$date', iso8601: true}}, date_timezone: {$dateToParts: {date: '$date', timezone: 'America/New_York'}}}}]}]",
            "[{_id: 2, date: {year: 2017, month: 1, day: 1, hour: 1, minute: 29, second: 9, millisecond: 123}, date_iso: {isoWeekYear: 2016, isoWeek: 52, isoDayOfWeek: 7, hour: 1, minute: 29, second: 9, millisecond: 123}, date_timezone: {year: 2016, month: 12, day: 31, hour: 20, minute: 29, second: 9, millisecond: 123}}]"),
        ["$dateFromParts: calendar, iso and timezone"] = new(
            "{sales: [{_id: 1, item: 'abc', price: 10, qty: 2, date: ISODate('2014-01-01T08:00:00Z')}]}",
            "[{aggregate: 'sales', pipeline: [{$project: {date: {$dateFromParts: {year: 2017, month: 2, day: 8, hour: 12}}, date_iso: {$dateFromParts: {isoWeekYear: 2017, isoWeek: 6, isoDayOfWeek: 3, hour: 12}}, date_timezone: {$dateFromParts: {year: 2016, month: 12, day: 31, hour: 23, minute: 46, second: 12, timezone: 'America/New_York'}}}}]}]",
            "[{_id: 1, date: ISODate('2017-02-08T12:00:00Z'), date_iso: ISODate('2017-02-08T12:00:00Z'), date_timezone: ISODate('2017-01-01T04:46:12Z')}]"),
        ["$dateFromParts: mixing calendar and iso fields is an error"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {r: {$dateFromParts: {year: 2017, isoWeek: 6}}}}]}]",
            "error 40525"),
        ["$dateFromParts: a part out of range is an error"] = new(
            Sales,
            "[{aggregate: 'sales', pipeline: [{$project: {r: {$dateFromParts: {year: 2017, month: 40000}}}}]}]",
            "error 31034"),
        ["$dateTrunc: two weeks in Los Angeles starting Monday"] = new(
            CakeSales,
            "[{aggregate: 'cakeSales', pipeline: [{$project: {_id: 1, orderDate: 1, truncatedOrderDate: {$dateTrunc: {date: '$orderDate', unit: 'week', binSize: 2, timezone: 'America/Los_Angeles', startOfWeek: 'Monday'}}}}]}]",
            "[{_id: 0, orderDate: ISODate('2020-05-18T14:10:30Z'), truncatedOrderDate: ISODate('2020-05-11T07:00:00Z')}, {_id: 1, orderDate: ISODate('2021-03-20T11:30:05Z'), truncatedOrderDate: ISODate('2021-03-15T07:00:00Z')}, {_id: 2, orderDate: ISODate('2021-01-11T06:31:15Z'), truncatedOrderDate: ISODate('2021-01-04T08:00:00Z')}, {_id: 3, orderDate: ISODate('2020-02-08T13:13:23Z'), truncatedOrderDate: ISODate('2020-02-03T08:00:00Z')}, {_id: 4, orderDate: ISODate('2019-05-18T16:09:01Z'), truncatedOrderDate: ISODate('2019-05-13T07:00:00Z')}, {_id: 5, orderDate: ISODate('2019-01-08T06:12:03Z'), truncatedOrderDate: ISODate('2019-01-07T08:00:00Z')}]"),
        ["$dateTrunc: six months in a group"] = new(
            CakeSales,
            "[{aggregate: 'cakeSales', pipeline: [{$group: {_id: {truncatedOrderDate: {$dateTrunc: {date: '$orderDate', unit: 'month', binSize: 6}}}, sumQuantity: {$sum: '$quantity'}}}, {$sort: {sumQuantity: 1}}]}]",
            "[{_id: {truncatedOrderDate: ISODate('2020-01-01T00:00:00Z')}, sumQuantity: 224}, {_id: {truncatedOrderDate: ISODate('2021-01-01T00:00:00Z')}, sumQuantity: 285}, {_id: {truncatedOrderDate: ISODate('2019-01-01T00:00:00Z')}, sumQuantity: 296}]"),
        ["$dateTrunc: other units and null"] = new(
            CakeSales,
            "[{aggregate: 'cakeSales', pipeline: [{$match: {_id: 0}}, {$project: {_id: 0, y: {$dateTrunc: {date: '$orderDate', unit: 'year'}}, q: {$dateTrunc: {date: '$orderDate', unit: 'quarter'}}, d: {$dateTrunc: {date: '$orderDate', unit: 'day', timezone: '+05:30'}}, h: {$dateTrunc: {date: '$orderDate', unit: 'hour', binSize: 5}}, m: {$dateTrunc: {date: '$orderDate', unit: 'minute', binSize: 15}}, s: {$dateTrunc: {date: '$orderDate', unit: 'second'}}, n: {$dateTrunc: {date: null, unit: 'day'}}}}]}]",
            "[{y: ISODate('2020-01-01T00:00:00Z'), q: ISODate('2020-04-01T00:00:00Z'), d: ISODate('2020-05-17T18:30:00Z'), h: ISODate('2020-05-18T13:00:00Z'), m: ISODate('2020-05-18T14:00:00Z'), s: ISODate('2020-05-18T14:10:30Z'), n: null}]"),
        ["$dateTrunc: an unknown unit is an error"] = new(
            CakeSales,
            "[{aggregate: 'cakeSales', pipeline: [{$project: {r: {$dateTrunc: {date: '$orderDate', unit: 'fortnight'}}}}]}]",
            "error 9"),
        ["$dateAdd: a future date"] = new(
            Shipping,
            "[{aggregate: 'shipping', pipeline: [{$project: {expectedDeliveryDate: {$dateAdd: {startDate: '$purchaseDate', unit: 'day', amount: 3}}}}, {$merge: 'shipping'}]}, {find: 'shipping'}]",
            "[{_id: 1, custId: 456, purchaseDate: ISODate('2020-12-31T00:00:00Z'), expectedDeliveryDate: ISODate('2021-01-03T00:00:00Z')}, {_id: 2, custId: 457, purchaseDate: ISODate('2021-02-28T00:00:00Z'), expectedDeliveryDate: ISODate('2021-03-03T00:00:00Z')}, {_id: 3, custId: 458, purchaseDate: ISODate('2021-02-26T00:00:00Z'), expectedDeliveryDate: ISODate('2021-03-01T00:00:00Z')}]"),
        ["$dateAdd: filter on a date range"] = new(
            "{shipping: [{_id: 1, custId: 456, purchaseDate: ISODate('2020-12-31T00:00:00Z'), deliveryDate: ISODate('2021-01-10T00:00:00Z')}, {_id: 2, custId: 457, purchaseDate: ISODate('2021-02-28T00:00:00Z'), deliveryDate: ISODate('2021-03-01T00:00:00Z')}, {_id: 3, custId: 458, purchaseDate: ISODate('2021-02-26T00:00:00Z'), deliveryDate: ISODate('2021-03-02T00:00:00Z')}]}",
            "[{aggregate: 'shipping', pipeline: [{$match: {$expr: {$gt: ['$deliveryDate', {$dateAdd: {startDate: '$purchaseDate', unit: 'day', amount: 5}}]}}}, {$project: {_id: 0, custId: 1, purchased: {$dateToString: {format: '%Y-%m-%d', date: '$purchaseDate'}}, delivery: {$dateToString: {format: '%Y-%m-%d', date: '$deliveryDate'}}}}]}]",
            "[{custId: 456, purchased: '2020-12-31', delivery: '2021-01-10'}]"),
        ["$dateAdd: adjust for daylight saving time"] = new(
            "{billing: [{_id: 1, location: 'America/New_York', login: ISODate('2021-03-13T15:00:00Z'), logout: ISODate('2021-03-14T23:00:00Z')}, {_id: 2, location: 'America/Mexico_City', login: ISODate('2021-03-13T10:00:00Z'), logout: ISODate('2021-03-14T13:00:00Z')}]}",
            "[{aggregate: 'billing', pipeline: [{$project: {_id: 0, location: 1, start: {$dateToString: {format: " + TzFormat + ", date: '$login'}}, days: {$dateToString: {format: " + TzFormat + ", date: {$dateAdd: {startDate: '$login', unit: 'day', amount: 1, timezone: '$location'}}}}, hours: {$dateToString: {format: " + TzFormat + ", date: {$dateAdd: {startDate: '$login', unit: 'hour', amount: 24, timezone: '$location'}}}}, startTZInfo: {$dateToString: {format: " + TzFormat + ", date: '$login', timezone: '$location'}}, daysTZInfo: {$dateToString: {format: " + TzFormat + ", date: {$dateAdd: {startDate: '$login', unit: 'day', amount: 1, timezone: '$location'}}, timezone: '$location'}}, hoursTZInfo: {$dateToString: {format: " + TzFormat + ", date: {$dateAdd: {startDate: '$login', unit: 'hour', amount: 24, timezone: '$location'}}, timezone: '$location'}}}}]}]",
            "[{location: 'America/New_York', start: '2021-03-13 15:00', days: '2021-03-14 14:00', hours: '2021-03-14 15:00', startTZInfo: '2021-03-13 10:00', daysTZInfo: '2021-03-14 10:00', hoursTZInfo: '2021-03-14 11:00'}, {location: 'America/Mexico_City', start: '2021-03-13 10:00', days: '2021-03-14 10:00', hours: '2021-03-14 10:00', startTZInfo: '2021-03-13 04:00', daysTZInfo: '2021-03-14 04:00', hoursTZInfo: '2021-03-14 04:00'}]"),
        ["$dateAdd: an amount that is not an integer is an error"] = new(
            Shipping,
            "[{aggregate: 'shipping', pipeline: [{$project: {r: {$dateAdd: {startDate: '$purchaseDate', unit: 'day', amount: 1.5}}}}]}]",
            "error 5166405"),
        ["$dateSubtract: a fixed amount from January logouts"] = new(
            "{connectionTime: [{_id: 1, custId: 457, login: ISODate('2020-12-25T19:04:00Z'), logout: ISODate('2020-12-28T09:04:00Z')}, {_id: 2, custId: 457, login: ISODate('2021-01-27T05:12:00Z'), logout: ISODate('2021-01-28T13:05:00Z')}, {_id: 3, custId: 458, login: ISODate('2021-01-22T06:27:00Z'), logout: ISODate('2021-01-31T11:00:00Z')}, {_id: 4, custId: 459, login: ISODate('2021-02-14T20:14:00Z'), logout: ISODate('2021-02-17T16:05:00Z')}, {_id: 5, custId: 460, login: ISODate('2021-02-26T02:44:00Z'), logout: ISODate('2021-02-18T14:13:00Z')}]}",
            "[{aggregate: 'connectionTime', pipeline: [{$match: {$expr: {$eq: [{$month: '$logout'}, 1]}}}, {$project: {logoutTime: {$dateSubtract: {startDate: '$logout', unit: 'hour', amount: 3}}}}, {$merge: 'connectionTime'}]}, {find: 'connectionTime'}]",
            "[{_id: 1, custId: 457, login: ISODate('2020-12-25T19:04:00Z'), logout: ISODate('2020-12-28T09:04:00Z')}, {_id: 2, custId: 457, login: ISODate('2021-01-27T05:12:00Z'), logout: ISODate('2021-01-28T13:05:00Z'), logoutTime: ISODate('2021-01-28T10:05:00Z')}, {_id: 3, custId: 458, login: ISODate('2021-01-22T06:27:00Z'), logout: ISODate('2021-01-31T11:00:00Z'), logoutTime: ISODate('2021-01-31T08:00:00Z')}, {_id: 4, custId: 459, login: ISODate('2021-02-14T20:14:00Z'), logout: ISODate('2021-02-17T16:05:00Z')}, {_id: 5, custId: 460, login: ISODate('2021-02-26T02:44:00Z'), logout: ISODate('2021-02-18T14:13:00Z')}]"),

        // "Filter by relative dates" subtracts from $$NOW. In the daylight saving table only the New York
        // column is consistent (the Mexico City column shows a login of 15:00 for a 10:00Z document).
        ["$dateSubtract: adjust for daylight saving time in New York"] = new(
            "{billing: [{_id: 1, location: 'America/New_York', login: ISODate('2021-03-14T15:00:00Z'), logout: ISODate('2021-03-14T23:00:00Z')}]}",
            "[{aggregate: 'billing', pipeline: [{$project: {_id: 0, location: 1, start: {$dateToString: {format: " + TzFormat + ", date: '$login'}}, days: {$dateToString: {format: " + TzFormat + ", date: {$dateSubtract: {startDate: '$login', unit: 'day', amount: 1, timezone: '$location'}}}}, hours: {$dateToString: {format: " + TzFormat + ", date: {$dateSubtract: {startDate: '$login', unit: 'hour', amount: 24, timezone: '$location'}}}}, startTZInfo: {$dateToString: {format: " + TzFormat + ", date: '$login', timezone: '$location'}}, daysTZInfo: {$dateToString: {format: " + TzFormat + ", date: {$dateSubtract: {startDate: '$login', unit: 'day', amount: 1, timezone: '$location'}}, timezone: '$location'}}, hoursTZInfo: {$dateToString: {format: " + TzFormat + ", date: {$dateSubtract: {startDate: '$login', unit: 'hour', amount: 24, timezone: '$location'}}, timezone: '$location'}}}}]}]",
            "[{location: 'America/New_York', start: '2021-03-14 15:00', days: '2021-03-13 16:00', hours: '2021-03-13 15:00', startTZInfo: '2021-03-14 11:00', daysTZInfo: '2021-03-13 11:00', hoursTZInfo: '2021-03-13 10:00'}]"),
        ["$dateDiff: elapsed time"] = new(
            "{orders: [{_id: 1, custId: 456, purchased: ISODate('2020-12-31T00:00:00Z'), delivered: ISODate('2021-01-05T00:00:00Z')}, {_id: 2, custId: 457, purchased: ISODate('2021-02-28T00:00:00Z'), delivered: ISODate('2021-03-07T00:00:00Z')}, {_id: 3, custId: 458, purchased: ISODate('2021-02-16T00:00:00Z'), delivered: ISODate('2021-02-18T00:00:00Z')}]}",
            "[{aggregate: 'orders', pipeline: [{$group: {_id: null, averageTime: {$avg: {$dateDiff: {startDate: '$purchased', endDate: '$delivered', unit: 'day'}}}}}, {$project: {_id: 0, numDays: {$trunc: ['$averageTime', 1]}}}]}]",
            "[{numDays: 4.6}]"),
        ["$dateDiff: result precision"] = new(
            "{subscriptions: [{_id: 1, custId: 456, start: ISODate('2010-01-01T00:00:00Z'), end: ISODate('2011-01-01T00:00:00Z')}, {_id: 2, custId: 457, start: ISODate('2010-01-01T00:00:00Z'), end: ISODate('2011-07-01T00:00:00Z')}, {_id: 3, custId: 458, start: ISODate('2010-03-01T00:00:00Z'), end: ISODate('2010-04-30T00:00:00Z')}]}",
            "[{aggregate: 'subscriptions', pipeline: [{$project: {Start: '$start', End: '$end', years: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'year'}}, months: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'month'}}, days: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'day'}}, _id: 0}}]}]",
            "[{Start: ISODate('2010-01-01T00:00:00Z'), End: ISODate('2011-01-01T00:00:00Z'), years: NumberLong(1), months: NumberLong(12), days: NumberLong(365)}, {Start: ISODate('2010-01-01T00:00:00Z'), End: ISODate('2011-07-01T00:00:00Z'), years: NumberLong(1), months: NumberLong(18), days: NumberLong(546)}, {Start: ISODate('2010-03-01T00:00:00Z'), End: ISODate('2010-04-30T00:00:00Z'), years: NumberLong(0), months: NumberLong(1), days: NumberLong(60)}]"),
        ["$dateDiff: weeks per month"] = new(
            "{months: [{_id: 1, month: 'January', start: ISODate('2021-01-01T00:00:00Z'), end: ISODate('2021-01-31T00:00:00Z')}, {_id: 2, month: 'February', start: ISODate('2021-02-01T00:00:00Z'), end: ISODate('2021-02-28T00:00:00Z')}, {_id: 3, month: 'March', start: ISODate('2021-03-01T00:00:00Z'), end: ISODate('2021-03-31T00:00:00Z')}]}",
            "[{aggregate: 'months', pipeline: [{$project: {wks_default: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'week'}}, wks_monday: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'week', startOfWeek: 'Monday'}}, wks_friday: {$dateDiff: {startDate: '$start', endDate: '$end', unit: 'week', startOfWeek: 'fri'}}, _id: 0}}]}]",
            "[{wks_default: NumberLong(5), wks_monday: NumberLong(4), wks_friday: NumberLong(4)}, {wks_default: NumberLong(4), wks_monday: NumberLong(3), wks_friday: NumberLong(4)}, {wks_default: NumberLong(4), wks_monday: NumberLong(4), wks_friday: NumberLong(4)}]"),
        ["$dateDiff: other units, timezone, and a negative result"] = new(
            "{c: [{_id: 1, a: ISODate('2020-12-31T23:30:00Z'), b: ISODate('2021-01-01T00:10:00.500Z')}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, q: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'quarter'}}, h: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'hour'}}, mi: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'minute'}}, s: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'second'}}, ms: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'millisecond'}}, ny: {$dateDiff: {startDate: '$a', endDate: '$b', unit: 'year', timezone: 'America/New_York'}}, neg: {$dateDiff: {startDate: '$b', endDate: '$a', unit: 'day'}}}}]}]",
            "[{q: NumberLong(1), h: NumberLong(1), mi: NumberLong(40), s: NumberLong(2400), ms: NumberLong(2400500), ny: NumberLong(0), neg: NumberLong(-1)}]"),
        ["$dateDiff: an unknown startOfWeek is an error"] = new(
            "{c: [{_id: 1, a: ISODate('2020-12-31T23:30:00Z')}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$dateDiff: {startDate: '$a', endDate: '$a', unit: 'week', startOfWeek: 'someday'}}}}]}]",
            "error 5439016"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
