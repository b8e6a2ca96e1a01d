namespace ShopAnalytics.Analytics;

/// <summary>Every analysis with its default parameters, for the CLI (`shop analyze &lt;name&gt;`) and the report.</summary>
public static class AnalysisRegistry
{
    public static IReadOnlyList<IAnalysis> All { get; } =
    [
        new TotalRevenue(),
        new RevenueByCategory(),
        new MonthlyRevenue(),
        new AverageOrderValue(),
        new TopCustomers(),
        new InactiveCustomers(),
        new RevenueConcentration(),
        new TopProducts(ProductRanking.Units),
        new TopProducts(ProductRanking.Revenue),
        new StockLevels(),
        new StatusBreakdown(),
        new CustomersByLocation(),
    ];

    /// <summary>The analysis with this name, or null.</summary>
    public static IAnalysis? Find(string name) => All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
