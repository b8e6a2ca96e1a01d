using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The complete pipelines of the manual's aggregation tutorials (zip codes, user preferences, the 8.0 pipeline examples).</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class AggregationManualTests(MongoTarget target)
{
    private const string ZipCodes = "{c: [{_id: '02907', city: 'CRANSTON', state: 'RI', pop: 176404}, {_id: '02910', city: 'CRANSTON', state: 'RI', pop: 20}, {_id: '02814', city: 'CLAYVILLE', state: 'RI', pop: 45}, {_id: '02860', city: 'PAWTUCKET', state: 'RI', pop: 45000}, {_id: '01001', city: 'AGAWAM', state: 'MA', pop: 15338}, {_id: '01002', city: 'CUSHMAN', state: 'MA', pop: 36963}]}";

    private const string Users = "{c: [{_id: 'jane', joined: ISODate('2011-03-02T00:00:00Z'), likes: ['golf', 'racquetball']}, {_id: 'joe', joined: ISODate('2012-07-02T00:00:00Z'), likes: ['tennis', 'golf', 'swimming']}, {_id: 'ruth', joined: ISODate('2012-01-14T00:00:00Z'), likes: ['golf', 'racquetball']}, {_id: 'harold', joined: ISODate('2012-01-21T00:00:00Z'), likes: ['handball', 'golf', 'racquetball']}, {_id: 'kate', joined: ISODate('2012-01-14T00:00:00Z'), likes: ['swimming', 'tennis']}]}";

    private const string Orders = "{c: [{_id: 1, customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-05-30T08:35:52Z'), value: 231}, {_id: 2, customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-01-13T09:32:07Z'), value: 99}, {_id: 3, customer_id: 'oranieri@warmmail.com', orderdate: ISODate('2020-01-01T08:25:37Z'), value: 63}, {_id: 4, customer_id: 'tj@wheresmyemail.com', orderdate: ISODate('2019-05-28T19:13:32Z'), value: 2}, {_id: 5, customer_id: 'tj@wheresmyemail.com', orderdate: ISODate('2020-11-23T22:56:53Z'), value: 187}, {_id: 6, customer_id: 'tj@wheresmyemail.com', orderdate: ISODate('2020-08-18T23:04:48Z'), value: 4}, {_id: 7, customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-12-26T08:55:46Z'), value: 4}, {_id: 8, customer_id: 'tj@wheresmyemail.com', orderdate: ISODate('2021-02-28T07:49:32Z'), value: 1024}, {_id: 9, customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-10-03T13:49:44Z'), value: 102}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["zip codes: states with populations above 10 million"] = new(ZipCodes,
            "[{aggregate: 'c', pipeline: [{$group: {_id: '$state', totalPop: {$sum: '$pop'}}}, {$match: {totalPop: {$gte: 100000}}}]}]",
            "[{_id: 'RI', totalPop: 221469}]"),
        ["zip codes: average city population by state"] = new(ZipCodes,
            "[{aggregate: 'c', pipeline: [{$group: {_id: {state: '$state', city: '$city'}, pop: {$sum: '$pop'}}}, {$group: {_id: '$_id.state', avgCityPop: {$avg: '$pop'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 'MA', avgCityPop: 26150.5}, {_id: 'RI', avgCityPop: 73823.0}]"),
        ["zip codes: largest and smallest cities by state"] = new(ZipCodes,
            "[{aggregate: 'c', pipeline: [{$group: {_id: {state: '$state', city: '$city'}, pop: {$sum: '$pop'}}}, {$sort: {pop: 1}}, {$group: {_id: '$_id.state', biggestCity: {$last: '$_id.city'}, biggestPop: {$last: '$pop'}, smallestCity: {$first: '$_id.city'}, smallestPop: {$first: '$pop'}}}, {$project: {_id: 0, state: '$_id', biggestCity: {name: '$biggestCity', pop: '$biggestPop'}, smallestCity: {name: '$smallestCity', pop: '$smallestPop'}}}, {$sort: {state: 1}}]}]",
            "[{state: 'MA', biggestCity: {name: 'CUSHMAN', pop: 36963}, smallestCity: {name: 'AGAWAM', pop: 15338}}, {state: 'RI', biggestCity: {name: 'CRANSTON', pop: 176424}, smallestCity: {name: 'CLAYVILLE', pop: 45}}]"),
        ["user preferences: normalize and sort"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$project: {name: {$toUpper: '$_id'}, _id: 0}}, {$sort: {name: 1}}]}]",
            "[{name: 'HAROLD'}, {name: 'JANE'}, {name: 'JOE'}, {name: 'KATE'}, {name: 'RUTH'}]"),
        ["user preferences: total joins per month"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$project: {month_joined: {$month: '$joined'}}}, {$group: {_id: {month_joined: '$month_joined'}, number: {$sum: 1}}}, {$sort: {'_id.month_joined': 1}}]}]",
            "[{_id: {month_joined: 1}, number: 3}, {_id: {month_joined: 3}, number: 1}, {_id: {month_joined: 7}, number: 1}]"),
        ["user preferences: five most common likes"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$unwind: '$likes'}, {$group: {_id: '$likes', number: {$sum: 1}}}, {$sort: {number: -1, _id: 1}}, {$limit: 5}]}]",
            "[{_id: 'golf', number: 4}, {_id: 'racquetball', number: 3}, {_id: 'swimming', number: 2}, {_id: 'tennis', number: 2}, {_id: 'handball', number: 1}]"),
        ["group and total: first purchase and totals per customer"] = new(Orders,
            "[{aggregate: 'c', pipeline: [{$match: {orderdate: {$gte: ISODate('2020-01-01T00:00:00Z'), $lt: ISODate('2021-01-01T00:00:00Z')}}}, {$sort: {orderdate: 1}}, {$group: {_id: '$customer_id', first_purchase_date: {$first: '$orderdate'}, total_value: {$sum: '$value'}, total_orders: {$sum: 1}, orders: {$push: {orderdate: '$orderdate', value: '$value'}}}}, {$sort: {first_purchase_date: 1}}, {$set: {customer_id: '$_id'}}, {$unset: ['_id']}]}]",
            "[{first_purchase_date: ISODate('2020-01-01T08:25:37Z'), total_value: 63, total_orders: 1, orders: [{orderdate: ISODate('2020-01-01T08:25:37Z'), value: 63}], customer_id: 'oranieri@warmmail.com'}, {first_purchase_date: ISODate('2020-01-13T09:32:07Z'), total_value: 436, total_orders: 4, orders: [{orderdate: ISODate('2020-01-13T09:32:07Z'), value: 99}, {orderdate: ISODate('2020-05-30T08:35:52Z'), value: 231}, {orderdate: ISODate('2020-10-03T13:49:44Z'), value: 102}, {orderdate: ISODate('2020-12-26T08:55:46Z'), value: 4}], customer_id: 'elise_smith@myemail.com'}, {first_purchase_date: ISODate('2020-08-18T23:04:48Z'), total_value: 191, total_orders: 2, orders: [{orderdate: ISODate('2020-08-18T23:04:48Z'), value: 4}, {orderdate: ISODate('2020-11-23T22:56:53Z'), value: 187}], customer_id: 'tj@wheresmyemail.com'}]"),
        ["unpack arrays and group: products over 15"] = new(
            "{c: [{_id: 1, order_id: 6363763262239, products: [{prod_id: 'abc12345', name: 'Asus Laptop', price: 431}, {prod_id: 'def45678', name: 'Karcher Hose Set', price: 22}]}, {_id: 2, order_id: 1197372932325, products: [{prod_id: 'abc12345', name: 'Asus Laptop', price: 429}]}, {_id: 3, order_id: 9812343774839, products: [{prod_id: 'pqr88223', name: 'Morphy Richards Food Mixer', price: 431}, {prod_id: 'def45678', name: 'Karcher Hose Set', price: 21}]}, {_id: 4, order_id: 4433997244387, products: [{prod_id: 'def45678', name: 'Karcher Hose Set', price: 23}, {prod_id: 'jkl77336', name: 'Picky Pencil Sharpener', price: 1}, {prod_id: 'xyz11228', name: 'Russell Hobbs Chrome Kettle', price: 16}]}]}",
            "[{aggregate: 'c', pipeline: [{$unwind: {path: '$products'}}, {$match: {'products.price': {$gt: 15}}}, {$group: {_id: '$products.prod_id', product: {$first: '$products.name'}, total_value: {$sum: '$products.price'}, quantity: {$sum: 1}}}, {$set: {product_id: '$_id'}}, {$unset: ['_id']}, {$sort: {product_id: 1}}]}]",
            "[{product: 'Asus Laptop', total_value: 860, quantity: 2, product_id: 'abc12345'}, {product: 'Karcher Hose Set', total_value: 66, quantity: 3, product_id: 'def45678'}, {product: 'Morphy Richards Food Mixer', total_value: 431, quantity: 1, product_id: 'pqr88223'}, {product: 'Russell Hobbs Chrome Kettle', total_value: 16, quantity: 1, product_id: 'xyz11228'}]"),
        ["multi-field join: products ordered in 2020"] = new(
            "{c: [{_id: 1, name: 'Asus Laptop', variation: 'Ultra HD', category: 'ELECTRONICS'}, {_id: 2, name: 'Asus Laptop', variation: 'Standard Display', category: 'ELECTRONICS'}, {_id: 3, name: 'Morphy Richards Food Mixer', variation: 'Deluxe', category: 'KITCHENWARE'}], orders: [{_id: 1, customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-05-30T08:35:52Z'), product_name: 'Asus Laptop', product_variation: 'Standard Display', value: 431.43}, {_id: 2, customer_id: 'tj@wheresmyemail.com', orderdate: ISODate('2019-05-28T19:13:32Z'), product_name: 'The Day Of The Triffids', product_variation: '2nd Edition', value: 5.01}, {_id: 3, customer_id: 'oranieri@warmmail.com', orderdate: ISODate('2020-11-23T22:56:53Z'), product_name: 'Morphy Richards Food Mixer', product_variation: 'Deluxe', value: 63.13}, {_id: 4, customer_id: 'jjones@tepidmail.com', orderdate: ISODate('2020-12-26T08:55:46Z'), product_name: 'Asus Laptop', product_variation: 'Standard Display', value: 429.65}]}",
            "[{aggregate: 'c', pipeline: [{$lookup: {from: 'orders', let: {prdname: '$name', prdvartn: '$variation'}, pipeline: [{$match: {$expr: {$and: [{$eq: ['$product_name', '$$prdname']}, {$eq: ['$product_variation', '$$prdvartn']}]}}}, {$match: {orderdate: {$gte: ISODate('2020-01-01T00:00:00Z'), $lt: ISODate('2021-01-01T00:00:00Z')}}}, {$unset: ['_id', 'product_name', 'product_variation']}], as: 'orders'}}, {$match: {orders: {$ne: []}}}, {$unset: ['_id']}]}]",
            "[{name: 'Asus Laptop', variation: 'Standard Display', category: 'ELECTRONICS', orders: [{customer_id: 'elise_smith@myemail.com', orderdate: ISODate('2020-05-30T08:35:52Z'), value: 431.43}, {customer_id: 'jjones@tepidmail.com', orderdate: ISODate('2020-12-26T08:55:46Z'), value: 429.65}]}, {name: 'Morphy Richards Food Mixer', variation: 'Deluxe', category: 'KITCHENWARE', orders: [{customer_id: 'oranieri@warmmail.com', orderdate: ISODate('2020-11-23T22:56:53Z'), value: 63.13}]}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
