using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using ShopAnalytics.Analytics;
using CSharpChart = Plotly.NET.CSharp.Chart;
using FSharpChart = Plotly.NET.Chart;

namespace ShopAnalytics.Reporting;

/// <summary>
/// The chart of each analysis result, the same in notebooks, the CLI and the report:
/// <c>ChartFactory.For(analysis, result)</c>, or the typed methods directly. Results that are a
/// handful of key figures (total revenue, average order value) or a list to read (inactive
/// customers) have no chart.
/// </summary>
public static class ChartFactory
{
    /// <summary>Chart size used in the report and for PNG/SVG images.</summary>
    public const int Width = 900;

    /// <summary>Chart height used in the report and for PNG/SVG images.</summary>
    public const int Height = 500;

    private static readonly Dictionary<Type, Func<IAnalysis, object, GenericChart>> Builders = new()
    {
        [typeof(CustomersByLocation)] = (_, r) => CustomersByCountry((IReadOnlyList<LocationCount>)r),
        [typeof(MonthlyRevenue)] = (_, r) => MonthlyRevenue((IReadOnlyList<MonthRevenue>)r),
        [typeof(RevenueByCategory)] = (_, r) => RevenueByCategory((IReadOnlyList<CategoryRevenue>)r),
        [typeof(RevenueConcentration)] = (_, r) => Lorenz((Concentration)r),
        [typeof(StatusBreakdown)] = (_, r) => StatusBreakdown((IReadOnlyList<StatusCount>)r),
        [typeof(StockLevels)] = (_, r) => StockLevels((IReadOnlyList<StockLevel>)r),
        [typeof(TopCustomers)] = (a, r) => TopCustomers((IReadOnlyList<CustomerSpending>)r, a.Title),
        [typeof(TopProducts)] = (a, r) => TopProducts((IReadOnlyList<ProductSales>)r, ((TopProducts)a).Ranking, a.Title),
    };

    /// <summary>Whether <paramref name="analysis"/> has a chart.</summary>
    public static bool HasChart(IAnalysis analysis) => Builders.ContainsKey(analysis.GetType());

    /// <summary>The chart of an analysis result, or null when the analysis has none.</summary>
    public static GenericChart? For(IAnalysis analysis, object result)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(result);
        return Builders.TryGetValue(analysis.GetType(), out var build) ? build(analysis, result) : null;
    }

    /// <summary>Horizontal bars: revenue per category, largest on top.</summary>
    public static GenericChart RevenueByCategory(IReadOnlyList<CategoryRevenue> rows) =>
        HorizontalBars(rows.Select(r => r.Category), rows.Select(r => (double)r.Revenue), "Revenue by category", "Revenue");

    /// <summary>A line of revenue per month.</summary>
    public static GenericChart MonthlyRevenue(IReadOnlyList<MonthRevenue> rows) =>
        Style(
            CSharpChart.Line<string, double, string>(
                x: rows.Select(r => $"{r.Year:D4}-{r.Month:D2}"),
                y: rows.Select(r => (double)r.Revenue),
                ShowMarkers: true,
                Name: "Revenue"),
            "Monthly revenue",
            "Month",
            "Revenue");

    /// <summary>The Lorenz curve of customer spending against the line of perfect equality.</summary>
    public static GenericChart Lorenz(Concentration concentration)
    {
        var points = concentration.Lorenz.Prepend(new LorenzPoint(0, 0)).DistinctBy(p => (p.CustomerShare, p.RevenueShare)).ToList();
        var curve = CSharpChart.Line<double, double, string>(
            x: points.Select(p => p.CustomerShare),
            y: points.Select(p => p.RevenueShare),
            ShowMarkers: true,
            Name: "Customers (poorest first)");
        var equality = CSharpChart.Line<double, double, string>(x: [0.0, 1.0], y: [0.0, 1.0], Name: "Equal spending");
        var title = $"Revenue concentration: top {concentration.TopCustomers:N0} of {concentration.Customers:N0} customers bring {concentration.TopShare:P1}";
        return Style(CSharpChart.Combine([curve, equality]), title, "Share of customers", "Share of revenue");
    }

    /// <summary>Horizontal bars: the best customers by revenue.</summary>
    public static GenericChart TopCustomers(IReadOnlyList<CustomerSpending> rows, string title = "Top customers by spending") =>
        HorizontalBars(rows.Select(r => r.Name), rows.Select(r => (double)r.Revenue), title, "Revenue");

    /// <summary>Horizontal bars: the best products by units or by revenue.</summary>
    public static GenericChart TopProducts(IReadOnlyList<ProductSales> rows, ProductRanking ranking, string title = "Top products") =>
        HorizontalBars(
            rows.Select(r => r.Name),
            rows.Select(r => ranking == ProductRanking.Units ? r.Units : (double)r.Revenue),
            title,
            ranking == ProductRanking.Units ? "Units sold" : "Revenue");

    /// <summary>A pie of orders per status.</summary>
    public static GenericChart StatusBreakdown(IReadOnlyList<StatusCount> rows) =>
        Style(
            CSharpChart.Pie<long, string, string>(
                values: rows.Select(r => r.Orders),
                Labels: rows.Select(r => r.Status.ToString().ToLowerInvariant()).ToArray()),
            "Orders by status",
            null,
            null);

    /// <summary>Bars: customers per country (states summed).</summary>
    public static GenericChart CustomersByCountry(IReadOnlyList<LocationCount> rows)
    {
        var countries = rows.GroupBy(r => r.Country).Select(g => (Country: g.Key, Customers: g.Sum(r => r.Customers))).OrderByDescending(c => c.Customers).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        return Style(
            CSharpChart.Column<long, string, string>(values: countries.Select(c => c.Customers), Keys: countries.Select(c => c.Country).ToArray()),
            "Customers by country",
            "Country",
            "Customers");
    }

    /// <summary>Bars: stock of the out-of-stock and low-stock products, lowest first.</summary>
    public static GenericChart StockLevels(IReadOnlyList<StockLevel> rows)
    {
        var shown = rows.OrderBy(r => r.Stock).ThenBy(r => r.Sku, StringComparer.Ordinal).Take(25).ToList();
        return Style(
            CSharpChart.Column<int, string, string>(values: shown.Select(r => r.Stock), Keys: shown.Select(r => r.Sku).ToArray()),
            "Out-of-stock and low-stock products",
            "SKU",
            "Units in stock");
    }

    private static GenericChart HorizontalBars(IEnumerable<string> labels, IEnumerable<double> values, string title, string valueTitle)
    {
        // Plotly draws the first bar at the bottom: reverse so that the largest is on top.
        var keys = labels.Reverse().ToList();
        var numbers = values.Reverse().ToList();
        var chart = Style(CSharpChart.Bar<double, string, string>(values: numbers, Keys: keys.ToArray()), title, valueTitle, null);
        return FSharpChart.withMargin(Margin.init<int, int, int, int, int, bool>(220, null, 60, null, null, null)).Invoke(chart);
    }

    private static GenericChart Style(GenericChart chart, string title, string? xTitle, string? yTitle)
    {
        var styled = FSharpChart.withTitle(title, null).Invoke(chart).WithSize(Width, Height);
        if (xTitle is not null)
        {
            styled = styled.WithXAxisStyle<double, double, double>(TitleText: xTitle);
        }

        if (yTitle is not null)
        {
            styled = styled.WithYAxisStyle<double, double, double>(TitleText: yTitle);
        }

        return styled;
    }
}
