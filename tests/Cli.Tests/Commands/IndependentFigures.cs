using MongoDB.Bson;

namespace Cli.Tests.Commands;

/// <summary>
/// The report's key figures recomputed with LINQ over the raw documents, independently of the
/// library's pipelines. Revenue is quantity x unit_price over items of orders that are not cancelled.
/// </summary>
public sealed class IndependentFigures
{
    public IndependentFigures(List<BsonDocument> customers, List<BsonDocument> products, List<BsonDocument> orders, List<BsonDocument> items)
    {
        var orderById = orders.ToDictionary(o => o["_id"]);
        var paid = items
            .Where(i => orderById.TryGetValue(i["order_id"], out var order) && order["status"].AsString != "cancelled")
            .Select(i => (Item: i, Order: orderById[i["order_id"]], Revenue: i["quantity"].ToInt64() * i["unit_price"].ToDecimal()))
            .ToList();
        TotalRevenue = paid.Sum(p => p.Revenue);
        Orders = paid.Select(p => p.Order["_id"]).Distinct().LongCount();
        Units = paid.Sum(p => p.Item["quantity"].ToInt64());
        AverageOrderValue = Orders == 0 ? 0 : TotalRevenue / Orders;
        LargestOrder = paid.GroupBy(p => p.Order["_id"]).Select(g => g.Sum(p => p.Revenue)).DefaultIfEmpty(0).Max();

        var categoryOf = products.ToDictionary(p => p["_id"], p => p["category"].AsString);
        var byCategory = paid.GroupBy(p => categoryOf[p.Item["product_id"]])
            .Select(g => (Category: g.Key, Revenue: g.Sum(p => p.Revenue)))
            .OrderByDescending(c => c.Revenue).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        TopCategory = byCategory[0].Category;
        TopCategoryShare = (double)(byCategory[0].Revenue / TotalRevenue);

        var byMonth = paid.GroupBy(p => p.Order["created_at"].ToUniversalTime().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (Month: g.Key, Revenue: g.Sum(p => p.Revenue)))
            .OrderByDescending(m => m.Revenue).ThenBy(m => m.Month, StringComparer.Ordinal).ToList();
        BestMonth = byMonth[0].Month;
        BestMonthRevenue = byMonth[0].Revenue;

        var spending = paid.GroupBy(p => p.Order["customer_id"]).Select(g => g.Sum(p => p.Revenue)).OrderByDescending(r => r).ToList();
        PayingCustomers = spending.Count;
        var top = (int)Math.Ceiling(spending.Count * 0.05);
        TopCustomersRevenueShare = (double)(spending.Take(top).Sum() / TotalRevenue);

        CancelledOrderShare = orders.Count(o => o["status"].AsString == "cancelled") / (double)orders.Count;
        var ordering = orders.Select(o => o["customer_id"]).ToHashSet();
        InactiveCustomers = customers.LongCount(c => !ordering.Contains(c["_id"]));
        OutOfStockProducts = products.LongCount(p => p["stock"].ToInt64() <= 0);
    }

    public decimal TotalRevenue { get; }

    public long Orders { get; }

    public long Units { get; }

    public decimal AverageOrderValue { get; }

    public decimal LargestOrder { get; }

    public string TopCategory { get; }

    public double TopCategoryShare { get; }

    public string BestMonth { get; }

    public decimal BestMonthRevenue { get; }

    public long PayingCustomers { get; }

    public double TopCustomersRevenueShare { get; }

    public double CancelledOrderShare { get; }

    public long InactiveCustomers { get; }

    public long OutOfStockProducts { get; }
}
