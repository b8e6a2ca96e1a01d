using System.Globalization;
using ShopAnalytics.Models;

namespace ShopAnalytics.Data;

/// <summary>
/// Generates a whole shop, deterministic for a seed: Bogus for people and addresses, a seeded
/// <see cref="Random"/> with precomputed tables for the millions of orders and items (fast: a million
/// orders in a few seconds). Spending is Pareto-skewed (the top 5% of customers carry about half the
/// revenue), orders peak in November and December, some customers never order, some products are out of stock.
/// </summary>
public static class ShopDataGenerator
{
    /// <summary>Zipf exponent of customer weights; tuned so that the top 5% of customers carry about half the revenue.</summary>
    internal const double SpendingSkew = 0.80;

    public static ShopDataset Generate(GeneratorOptions? options = null)
    {
        options ??= new GeneratorOptions();
        options.Validate();
        var random = new Random(options.Seed);
        var products = ProductFactory.Make(options, random);
        var customers = MakeCustomers(options);
        var customerSampler = new WeightedSampler(CustomerWeights(options, customers.Count, random));
        var productSampler = new WeightedSampler(ProductFactory.Popularity(products, random));
        var dates = OrderDates(options, random);
        var orders = new Order[options.Orders];
        var items = new List<OrderItem>(options.Orders * 3);
        var width = Math.Max(4, options.Orders.ToString(CultureInfo.InvariantCulture).Length);
        var lines = new OrderLineMaker(products, productSampler);
        for (var i = 0; i < orders.Length; i++)
        {
            var customer = customers[customerSampler.Next(random)];
            var id = "ord-" + (i + 1).ToString("D" + width, CultureInfo.InvariantCulture);
            var created = dates[i];
            var status = PickStatus(random, created, options.End);
            orders[i] = new Order
            {
                Id = id,
                CustomerId = customer.Id,
                Status = status,
                CreatedAt = created,
                UpdatedAt = Updated(created, status, random, options.End),
                ShippingAddress = customer.Address,
            };
            lines.AddLines(id, random, items);
        }

        return new ShopDataset(customers, products, orders, items);
    }

    private static List<Customer> MakeCustomers(GeneratorOptions options)
    {
        var count = options.CustomerCount;
        var factory = new CustomerFactory(options.Seed, options.Start);
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        var customers = new List<Customer>(count);
        for (var i = 1; i <= count; i++)
        {
            customers.Add(factory.Make(i, width));
        }

        return customers;
    }

    /// <summary>Zipf-like weights over a random ranking of the active customers; inactive ones weigh 0.</summary>
    private static double[] CustomerWeights(GeneratorOptions options, int count, Random random)
    {
        var inactive = Math.Clamp((int)Math.Round(count * options.InactiveShare), 1, count - 1);
        var ranking = Enumerable.Range(0, count).ToArray();
        random.Shuffle(ranking);
        var weights = new double[count];
        for (var rank = 0; rank < count - inactive; rank++)
        {
            weights[ranking[rank]] = Math.Pow(rank + 1, -SpendingSkew);
        }

        return weights;
    }

    /// <summary>Order timestamps over the fixed range, more in November and December, sorted so ids follow time.</summary>
    private static DateTime[] OrderDates(GeneratorOptions options, Random random)
    {
        var days = (int)Math.Ceiling((options.End - options.Start).TotalDays);
        var weights = new double[days];
        for (var d = 0; d < days; d++)
        {
            var day = options.Start.AddDays(d);
            weights[d] = ProductCatalog.MonthWeights[day.Month - 1] * (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.15 : 1.0);
        }

        var sampler = new WeightedSampler(weights);
        var ticks = new long[options.Orders];
        var limit = options.End.Ticks;
        for (var i = 0; i < ticks.Length; i++)
        {
            var start = options.Start.AddDays(sampler.Next(random)).Ticks;
            var second = (long)(random.NextDouble() * 86_400);
            ticks[i] = Math.Min(start + (second * TimeSpan.TicksPerSecond), limit - TimeSpan.TicksPerSecond);
        }

        Array.Sort(ticks);
        return [.. ticks.Select(t => new DateTime(t, DateTimeKind.Utc))];
    }

    private static OrderStatus PickStatus(Random random, DateTime created, DateTime end)
    {
        var roll = random.NextDouble();
        var age = end - created;
        if (age < TimeSpan.FromDays(3))
        {
            return roll < 0.5 ? OrderStatus.Pending : roll < 0.95 ? OrderStatus.Paid : OrderStatus.Cancelled;
        }

        if (age < TimeSpan.FromDays(10))
        {
            return roll < 0.1 ? OrderStatus.Paid : roll < 0.9 ? OrderStatus.Shipped : roll < 0.95 ? OrderStatus.Delivered : OrderStatus.Cancelled;
        }

        return roll < 0.06 ? OrderStatus.Cancelled : roll < 0.08 ? OrderStatus.Shipped : OrderStatus.Delivered;
    }

    private static DateTime Updated(DateTime created, OrderStatus status, Random random, DateTime end)
    {
        var days = status switch
        {
            OrderStatus.Pending => 0,
            OrderStatus.Paid => random.Next(0, 2),
            OrderStatus.Shipped => random.Next(1, 4),
            OrderStatus.Delivered => random.Next(3, 10),
            _ => random.Next(0, 3),
        };
        var updated = created.AddDays(days).AddMinutes(random.Next(0, 600));
        return updated < end ? updated : created;
    }
}
