using System.Globalization;
using Bogus;
using ShopAnalytics.Models;

namespace ShopAnalytics.Data;

/// <summary>
/// Makes customers: Bogus fills small seeded pools of names and places per country once, then a
/// seeded <see cref="Random"/> combines them (a Faker call per customer would dominate at scale).
/// </summary>
internal sealed class CustomerFactory
{
    private const int PoolSize = 500;
    private static readonly DateTime SignupStart = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random random;
    private readonly CountryPool[] pools;
    private readonly WeightedSampler countries;
    private readonly double signupSpan;

    public CustomerFactory(int seed, DateTime signupEnd)
    {
        random = new Random(seed);
        pools = [.. ProductCatalog.Countries.Select((c, i) => new CountryPool(c.Code, c.Locale, seed * 31 + i))];
        countries = new WeightedSampler([.. ProductCatalog.Countries.Select(c => c.Weight)]);
        signupSpan = (signupEnd - SignupStart).TotalSeconds;
    }

    public Customer Make(int number, int width)
    {
        var pool = pools[countries.Next(random)];
        var first = pool.FirstNames[random.Next(PoolSize)];
        var last = pool.LastNames[random.Next(PoolSize)];
        var place = pool.Places[random.Next(PoolSize)];
        return new Customer
        {
            Id = "cust-" + number.ToString("D" + width, CultureInfo.InvariantCulture),
            Name = first.Name + " " + last.Name,
            Email = first.Slug + "." + last.Slug + "." + number.ToString(CultureInfo.InvariantCulture) + "@example.com",
            Address = place with { Street = pool.Streets[random.Next(PoolSize)] },
            CreatedAt = SignupStart.AddSeconds(Math.Floor(random.NextDouble() * signupSpan)),
        };
    }

    private static string Slug(string name)
    {
        var chars = name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray();
        return chars.Length == 0 ? "x" : new string(chars);
    }

    private sealed class CountryPool
    {
        public CountryPool(string country, string locale, int seed)
        {
            var f = new Faker(locale) { Random = new Randomizer(seed) };
            FirstNames = [.. Enumerable.Range(0, PoolSize).Select(_ => f.Name.FirstName()).Select(n => (n, Slug(n)))];
            LastNames = [.. Enumerable.Range(0, PoolSize).Select(_ => f.Name.LastName()).Select(n => (n, Slug(n)))];
            Streets = [.. Enumerable.Range(0, PoolSize).Select(_ => f.Address.StreetAddress())];
            Places = [.. Enumerable.Range(0, PoolSize).Select(_ => new Address
            {
                City = f.Address.City(),
                State = f.Address.StateAbbr(),
                PostalCode = f.Address.ZipCode(),
                Country = country,
            })];
        }

        public (string Name, string Slug)[] FirstNames { get; }

        public (string Name, string Slug)[] LastNames { get; }

        public string[] Streets { get; }

        public Address[] Places { get; }
    }
}
