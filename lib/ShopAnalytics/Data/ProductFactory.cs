using System.Globalization;
using ShopAnalytics.Models;

namespace ShopAnalytics.Data;

/// <summary>Makes the catalogue from <see cref="ProductCatalog"/>: names, skus, prices in range, stock (a few at zero).</summary>
internal static class ProductFactory
{
    public static List<Product> Make(GeneratorOptions options, Random random)
    {
        var count = options.ProductCount;
        var kinds = new WeightedSampler([.. ProductCatalog.Kinds.Select(_ => 1.0)]);
        var products = new List<Product>(count);
        var outOfStock = Math.Max(1, (int)Math.Round(count * options.OutOfStockShare));
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            // Every kind appears once before any repeats, so small catalogues still cover all categories.
            var kind = ProductCatalog.Kinds[i < ProductCatalog.Kinds.Length ? i : kinds.Next(random)];
            var adjective = ProductCatalog.Adjectives[random.Next(ProductCatalog.Adjectives.Length)];
            var number = (i + 1).ToString("D" + width, CultureInfo.InvariantCulture);
            var span = (double)(kind.MaxPrice - kind.MinPrice);
            var raw = (decimal)(random.NextDouble() * span) + kind.MinPrice;
            products.Add(new Product
            {
                Id = "prod-" + number,
                Sku = $"{kind.Category[..3].ToUpperInvariant()}-{number}",
                Name = $"{adjective} {kind.Noun} {i + 1}",
                Category = kind.Category,
                Price = Math.Floor(raw) + 0.99m,
                Stock = random.Next(5, 500),
            });
        }

        // Out-of-stock products are drawn from the whole catalogue.
        foreach (var index in Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(outOfStock))
        {
            products[index] = products[index] with { Stock = 0 };
        }

        return products;
    }

    /// <summary>Each product's chance of being picked for an order line: its kind's popularity times a random factor.</summary>
    public static double[] Popularity(IReadOnlyList<Product> products, Random random)
    {
        var byNoun = ProductCatalog.Kinds.ToDictionary(k => (k.Category, k.Noun));
        var weights = new double[products.Count];
        for (var i = 0; i < products.Count; i++)
        {
            var noun = products[i].Name.Split(' ', 2)[1];
            noun = noun[..noun.LastIndexOf(' ')];
            weights[i] = byNoun[(products[i].Category, noun)].Popularity * (0.3 + random.NextDouble() * 1.4);
        }

        return weights;
    }
}
