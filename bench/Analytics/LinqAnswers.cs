using System.Globalization;
using ShopAnalytics.Analytics;

namespace Bench.Analytics;

/// <summary>
/// The LINQ reference of every analysis in <see cref="AnalysisRegistry.All"/>, by name, each with the
/// headline the pipeline's answer must match (exact decimals and counts, ids in order).
/// </summary>
public static class LinqAnswers
{
    private static readonly ExactFormat Exact = new();

    public static IReadOnlyDictionary<string, LinqAnswer> ByName { get; } = new[]
    {
        LinqAnswer.Of("average-order-value", RevenueAnswers.AverageOrderValue, v => Text($"{v.Orders} orders, revenue {v.Revenue}, largest {v.Largest}, average {decimal.Round(v.Average, 6)}")),
        LinqAnswer.Of("customers-by-location", CustomerAnswers.ByLocation, rows => Text($"{rows.Count} places; ") + Join(rows.Take(5), l => $"{l.Country}/{l.State}={l.Customers}")),
        LinqAnswer.Of("inactive-customers", CustomerAnswers.Inactive, rows => Text($"{rows.Count} customers; first ") + Join(rows.Take(3), c => $"{c.CustomerId}")),
        LinqAnswer.Of("monthly-revenue", RevenueAnswers.Monthly, rows => Join(rows, m => $"{m.Year}-{m.Month:00}={m.Revenue}/{m.Orders}")),
        LinqAnswer.Of("order-status", CatalogAnswers.StatusBreakdown, rows => Join(rows, s => $"{s.Status}={s.Orders}")),
        LinqAnswer.Of("revenue-by-category", RevenueAnswers.ByCategory, rows => Join(rows, c => $"{c.Category}={c.Revenue}/{c.Units}")),
        LinqAnswer.Of("revenue-concentration", d => CustomerAnswers.Concentration(d, 0.05, 20), c => Text($"{c.Customers} paying customers, top {c.TopCustomers} carry {c.TopShare:0.000000000}")),
        LinqAnswer.Of("stock-levels", d => CatalogAnswers.StockLevels(d, 10), rows => Join(rows, p => $"{p.ProductId}={p.Stock}")),
        LinqAnswer.Of("top-customers", d => CustomerAnswers.Top(d, 10), rows => Join(rows, c => $"{c.CustomerId}={c.Revenue}/{c.Orders}")),
        LinqAnswer.Of("top-products-by-revenue", d => CatalogAnswers.TopProducts(d, ProductRanking.Revenue, 10), rows => Join(rows, p => $"{p.ProductId}={p.Revenue}/{p.Units}")),
        LinqAnswer.Of("top-products-by-units", d => CatalogAnswers.TopProducts(d, ProductRanking.Units, 10), rows => Join(rows, p => $"{p.ProductId}={p.Units}/{p.Revenue}")),
        LinqAnswer.Of("total-revenue", RevenueAnswers.Total, t => Text($"{t.Revenue} from {t.Orders} orders, {t.Units} units")),
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    private static string Text(FormattableString text) => text.ToString(Exact);

    private static string Join<T>(IEnumerable<T> rows, Func<T, FormattableString> show) => string.Join(", ", rows.Select(r => show(r).ToString(Exact)));

    /// <summary>Invariant culture, and decimals without trailing zeros (Decimal128 and decimal may keep different scales for one value).</summary>
    private sealed class ExactFormat : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            decimal value when format is null => value.ToString("0.############################", CultureInfo.InvariantCulture),
            IFormattable value => value.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? string.Empty,
        };
    }
}
