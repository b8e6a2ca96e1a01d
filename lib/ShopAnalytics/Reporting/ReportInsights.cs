using System.Text.Json.Serialization;
using ShopAnalytics.Analytics;
using ShopAnalytics.Models;

namespace ShopAnalytics.Reporting;

/// <summary>
/// The key figures of a report (written as insights.json). Each comes from one analysis result;
/// a figure whose analysis failed or found nothing is null.
/// </summary>
public sealed record ReportInsights
{
    [JsonPropertyName("total_revenue")] public decimal? TotalRevenue { get; init; }

    [JsonPropertyName("orders")] public long? Orders { get; init; }

    [JsonPropertyName("units_sold")] public long? UnitsSold { get; init; }

    [JsonPropertyName("average_order_value")] public decimal? AverageOrderValue { get; init; }

    [JsonPropertyName("largest_order")] public decimal? LargestOrder { get; init; }

    [JsonPropertyName("top_category")] public string? TopCategory { get; init; }

    [JsonPropertyName("top_category_revenue")] public decimal? TopCategoryRevenue { get; init; }

    [JsonPropertyName("top_category_share")] public double? TopCategoryShare { get; init; }

    [JsonPropertyName("best_month")] public string? BestMonth { get; init; }

    [JsonPropertyName("best_month_revenue")] public decimal? BestMonthRevenue { get; init; }

    [JsonPropertyName("top_customer")] public string? TopCustomer { get; init; }

    [JsonPropertyName("top_customer_revenue")] public decimal? TopCustomerRevenue { get; init; }

    [JsonPropertyName("top_product_by_units")] public string? TopProductByUnits { get; init; }

    [JsonPropertyName("top_product_by_revenue")] public string? TopProductByRevenue { get; init; }

    [JsonPropertyName("paying_customers")] public long? PayingCustomers { get; init; }

    [JsonPropertyName("top_5_percent_customers_revenue_share")] public double? TopCustomersRevenueShare { get; init; }

    [JsonPropertyName("cancelled_order_share")] public double? CancelledOrderShare { get; init; }

    [JsonPropertyName("inactive_customers")] public long? InactiveCustomers { get; init; }

    [JsonPropertyName("out_of_stock_products")] public long? OutOfStockProducts { get; init; }

    [JsonPropertyName("low_stock_products")] public long? LowStockProducts { get; init; }

    /// <summary>Reads the key figures out of the outcomes of the registry's analyses.</summary>
    public static ReportInsights From(IEnumerable<AnalysisOutcome> outcomes)
    {
        var results = outcomes.Where(o => o.Result is not null).ToList();
        T? Find<T>(Func<IAnalysis, bool>? which = null)
            where T : class
            => results.FirstOrDefault(o => o.Result is T && (which is null || which(o.Analysis)))?.Result as T;

        var total = Find<RevenueTotal>();
        var value = Find<OrderValue>();
        var categories = Find<IReadOnlyList<CategoryRevenue>>();
        var months = Find<IReadOnlyList<MonthRevenue>>();
        var customers = Find<IReadOnlyList<CustomerSpending>>();
        var byUnits = Find<IReadOnlyList<ProductSales>>(a => a is TopProducts { Ranking: ProductRanking.Units });
        var byRevenue = Find<IReadOnlyList<ProductSales>>(a => a is TopProducts { Ranking: ProductRanking.Revenue });
        var concentration = Find<Concentration>();
        var statuses = Find<IReadOnlyList<StatusCount>>();
        var inactive = Find<IReadOnlyList<InactiveCustomer>>();
        var stock = Find<IReadOnlyList<StockLevel>>();
        var bestMonth = months?.OrderByDescending(m => m.Revenue).ThenBy(m => m.Year).ThenBy(m => m.Month).FirstOrDefault();
        return new ReportInsights
        {
            TotalRevenue = total?.Revenue,
            Orders = total?.Orders,
            UnitsSold = total?.Units,
            AverageOrderValue = value?.Average,
            LargestOrder = value?.Largest,
            TopCategory = categories?.FirstOrDefault()?.Category,
            TopCategoryRevenue = categories?.FirstOrDefault()?.Revenue,
            TopCategoryShare = categories?.FirstOrDefault()?.Share,
            BestMonth = bestMonth is null ? null : $"{bestMonth.Year:D4}-{bestMonth.Month:D2}",
            BestMonthRevenue = bestMonth?.Revenue,
            TopCustomer = customers?.FirstOrDefault()?.Name,
            TopCustomerRevenue = customers?.FirstOrDefault()?.Revenue,
            TopProductByUnits = byUnits?.FirstOrDefault()?.Name,
            TopProductByRevenue = byRevenue?.FirstOrDefault()?.Name,
            PayingCustomers = concentration?.Customers,
            TopCustomersRevenueShare = concentration?.TopShare,
            CancelledOrderShare = statuses is null ? null : statuses.Where(s => s.Status == OrderStatus.Cancelled).Sum(s => s.Share),
            InactiveCustomers = inactive?.Count,
            OutOfStockProducts = stock?.LongCount(s => s.OutOfStock),
            LowStockProducts = stock?.LongCount(s => !s.OutOfStock),
        };
    }
}
