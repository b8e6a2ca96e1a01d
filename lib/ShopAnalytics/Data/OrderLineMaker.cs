using ShopAnalytics.Models;

namespace ShopAnalytics.Data;

/// <summary>
/// Makes an order's lines from precomputed tables (no Faker per item): about three distinct products
/// per order, mostly one unit each (more for cheap products), sometimes at a 10% discount.
/// </summary>
internal sealed class OrderLineMaker(IReadOnlyList<Product> products, WeightedSampler sampler)
{
    // Lines per order: 1..6 with mean 2.85.
    private static readonly double[] LineCountWeights = [0.20, 0.25, 0.25, 0.15, 0.10, 0.05];
    private static readonly WeightedSampler LineCounts = new(LineCountWeights);
    private static readonly string[] Suffixes = [.. Enumerable.Range(1, 16).Select(n => "-" + n)];
    private readonly decimal[] discounted = [.. products.Select(p => Math.Round(p.Price * 0.9m, 2))];
    private readonly int[] picked = new int[8];

    public void AddLines(string orderId, Random random, List<OrderItem> items)
    {
        var count = LineCounts.Next(random) + 1;
        var made = 0;
        for (var attempt = 0; made < count && attempt < count * 3; attempt++)
        {
            var index = sampler.Next(random);
            if (Array.IndexOf(picked, index, 0, made) >= 0)
            {
                continue;
            }

            picked[made] = index;
            made++;
            var product = products[index];
            var quantity = Quantity(random, product.Price);
            var price = random.NextDouble() < 0.1 ? discounted[index] : product.Price;
            items.Add(new OrderItem
            {
                Id = orderId + Suffixes[made - 1],
                OrderId = orderId,
                ProductId = product.Id,
                Quantity = quantity,
                UnitPrice = price,
            });
        }
    }

    private static int Quantity(Random random, decimal price)
    {
        var roll = random.NextDouble();
        if (price < 50m)
        {
            return roll < 0.55 ? 1 : roll < 0.85 ? 2 : roll < 0.95 ? 3 : random.Next(4, 7);
        }

        return roll < 0.85 ? 1 : roll < 0.97 ? 2 : 3;
    }
}
