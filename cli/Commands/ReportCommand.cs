using System.ComponentModel;
using ShopAnalytics.Data;
using ShopAnalytics.Reporting;
using ShopAnalytics.Schema;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>
/// `shop report`: the main job. Connects, sets up the schema, seeds a generated shop if the
/// database is empty, runs every analysis, and writes report.html, PNG/SVG charts, CSV tables and
/// insights.json.
/// </summary>
public sealed class ReportCommand : AsyncCommand<ReportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Output folder")]
        [DefaultValue("report")]
        public string Out { get; init; } = "report";

        [CommandOption("--browser <PATH>")]
        [Description("Chromium-family browser for PNG/SVG images (default: $SHOP_BROWSER, then /usr/bin/chromium)")]
        public string? Browser { get; init; }

        [CommandOption("--orders <N>")]
        [Description("Orders to generate when the database is empty")]
        [DefaultValue(20_000)]
        public int Orders { get; init; } = 20_000;

        [CommandOption("--seed <S>")]
        [Description("Random seed for generated data")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        public override ValidationResult Validate() =>
            Orders is < 1 or > GeneratorOptions.MaxOrders
                ? ValidationResult.Error($"--orders must be between 1 and {GeneratorOptions.MaxOrders:N0}, not {Orders}")
                : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var browser = ChartFiles.FindBrowser(settings.Browser);
        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        Console.WriteLine($"using {session.Source}, database {settings.Database}");
        if (await DataLoader.IsEmptyAsync(session.Shop, cancellationToken))
        {
            Console.WriteLine($"the database is empty: seeding a generated shop ({settings.Orders:N0} orders, seed {settings.Seed})");
            var data = ShopDataGenerator.Generate(new GeneratorOptions { Orders = settings.Orders, Seed = settings.Seed });
            await DataLoader.LoadAsync(session.Shop, data, bypassValidation: true, cancellationToken);
        }
        else
        {
            await SchemaSetup.ApplyAsync(session.Shop.Database, cancellationToken);
        }

        var progress = new Progress<string>(step => Console.Error.WriteLine($"  {step}"));
        var summary = await ReportExporter.ExportAsync(
            session.Shop,
            new ReportOptions { OutputDirectory = settings.Out, BrowserPath = browser },
            progress,
            cancellationToken);
        PrintSummary(summary);
        if (summary.ImageNote is not null)
        {
            Console.Error.WriteLine($"note: {summary.ImageNote}");
        }

        var failed = summary.Outcomes.Where(o => !o.Succeeded).ToList();
        Console.WriteLine($"report written to {Path.Combine(summary.OutputDirectory, "report.html")} ({summary.Files.Count} files, {summary.Images} images) in {clock.Elapsed.TotalSeconds:0.0} s");
        if (failed.Count > 0)
        {
            throw new UserError($"{failed.Count} of {summary.Outcomes.Count} analyses failed ({string.Join(", ", failed.Select(f => f.Analysis.Name))}); the report shows their errors");
        }

        return ExitCodes.Success;
    }

    private static void PrintSummary(ReportSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("analysis").AddColumn("rows").AddColumn("chart").AddColumn("time");
        foreach (var outcome in summary.Outcomes)
        {
            table.AddRow(
                Markup.Escape(outcome.Analysis.Name),
                outcome.Table is null ? "[red]failed[/]" : outcome.Table.Rows.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                outcome.Chart is null ? "-" : "yes",
                $"{outcome.Elapsed.TotalMilliseconds:N0} ms");
        }

        AnsiConsole.Write(table);
        var insights = summary.Insights;
        Console.WriteLine($"revenue {Show(insights.TotalRevenue)} from {Show(insights.Orders, "N0")} orders; average order {Show(insights.AverageOrderValue)}");
        Console.WriteLine($"top category {insights.TopCategory ?? "n/a"} ({Show(insights.TopCategoryShare, "P1")}); best month {insights.BestMonth ?? "n/a"}; top 5% of customers bring {Show(insights.TopCustomersRevenueShare, "P1")}");
    }

    private static string Show(IFormattable? value, string format = "N2") =>
        value?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "n/a";
}
