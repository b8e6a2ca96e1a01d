using System.Text.Json;
using Cli.Tests.Infrastructure;
using PuppeteerSharp;

namespace Cli.Tests.Commands;

public sealed class ReportCommandTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static readonly string[] ChartedAnalyses =
    [
        "customers-by-location", "monthly-revenue", "order-status", "revenue-by-category", "revenue-concentration",
        "stock-levels", "top-customers", "top-products-by-revenue", "top-products-by-units",
    ];

    private static readonly string[] AllAnalyses =
    [
        .. ChartedAnalyses, "average-order-value", "inactive-customers", "total-revenue",
    ];

    [Fact]
    public void Report_exits_0_and_prints_a_summary()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.ToString());
        Assert.Contains("report written to", report.Result.Stdout);
        Assert.Contains("seeding a generated shop", report.Result.Stdout);
        Assert.DoesNotContain("   at ", report.Result.Stderr);
    }

    [Fact]
    public void Report_writes_html_insights_and_a_csv_per_analysis()
    {
        Assert.True(File.Exists(Path.Combine(report.OutDir, "report.html")), report.Result.ToString());
        Assert.True(File.Exists(Path.Combine(report.OutDir, "insights.json")));
        foreach (var name in AllAnalyses)
        {
            var csv = Path.Combine(report.OutDir, name + ".csv");
            Assert.True(File.Exists(csv), $"{name}.csv missing");
            Assert.NotEmpty(File.ReadAllLines(csv)[0]);
        }
    }

    [Fact]
    public void Report_writes_a_png_and_an_svg_per_chart()
    {
        Chromium.Require();
        foreach (var name in ChartedAnalyses)
        {
            var png = File.ReadAllBytes(Path.Combine(report.OutDir, name + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.True(png.Length > 5_000, $"{name}.png is suspiciously small ({png.Length} bytes)");
            var svg = File.ReadAllText(Path.Combine(report.OutDir, name + ".svg"));
            Assert.StartsWith("<svg", svg.TrimStart());
            Assert.Contains("</svg>", svg);
        }
    }

    [Fact]
    public async Task Report_html_opens_offline_in_chromium_and_draws_every_chart_without_console_errors()
    {
        var browserPath = Chromium.Require();
        var html = Path.Combine(report.OutDir, "report.html");
        Assert.True(File.Exists(html), report.Result.ToString());
        Assert.DoesNotContain("<script src=", File.ReadAllText(html));

        using var profile = new TempFolder();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            UserDataDir = profile.Path,
            Args = Chromium.LaunchFlags,
        });
        await using var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        page.RequestFailed += (_, e) => errors.Add($"request failed: {e.Request.Url}");
        page.Request += (_, e) =>
        {
            // Self-contained: the page loads nothing but itself (plotly.js is inline).
            if (!e.Request.Url.StartsWith("file:", StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                errors.Add($"network request: {e.Request.Url}");
            }
        };
        await page.GoToAsync(new Uri(html).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });

        var drawn = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('div.chart')).filter(d => d.querySelector('.js-plotly-plot .main-svg')).map(d => d.dataset.analysis)");
        Assert.Empty(errors);
        Assert.Equal(ChartedAnalyses, drawn.Order(StringComparer.Ordinal));
        var failures = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.error').length");
        Assert.Equal(0, failures);
    }

    [Fact]
    public async Task Insights_agree_with_an_independent_computation_over_the_same_data()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.ToString());
        var expected = new IndependentFigures(
            await report.ReadAsync("customers"),
            await report.ReadAsync("products"),
            await report.ReadAsync("orders"),
            await report.ReadAsync("order_items"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report.OutDir, "insights.json")));
        var insights = json.RootElement;

        Assert.Equal(expected.TotalRevenue, insights.GetProperty("total_revenue").GetDecimal());
        Assert.Equal(expected.Orders, insights.GetProperty("orders").GetInt64());
        Assert.Equal(expected.Units, insights.GetProperty("units_sold").GetInt64());
        Assert.Equal(expected.AverageOrderValue, insights.GetProperty("average_order_value").GetDecimal(), 2);
        Assert.Equal(expected.LargestOrder, insights.GetProperty("largest_order").GetDecimal());
        Assert.Equal(expected.TopCategory, insights.GetProperty("top_category").GetString());
        Assert.Equal(expected.TopCategoryShare, insights.GetProperty("top_category_share").GetDouble(), 9);
        Assert.Equal(expected.BestMonth, insights.GetProperty("best_month").GetString());
        Assert.Equal(expected.BestMonthRevenue, insights.GetProperty("best_month_revenue").GetDecimal());
        Assert.Equal(expected.PayingCustomers, insights.GetProperty("paying_customers").GetInt64());
        Assert.Equal(expected.TopCustomersRevenueShare, insights.GetProperty("top_5_percent_customers_revenue_share").GetDouble(), 9);
        Assert.Equal(expected.CancelledOrderShare, insights.GetProperty("cancelled_order_share").GetDouble(), 9);
        Assert.Equal(expected.InactiveCustomers, insights.GetProperty("inactive_customers").GetInt64());
        Assert.Equal(expected.OutOfStockProducts, insights.GetProperty("out_of_stock_products").GetInt64());
    }
}
