using ShopCli.Commands;
using ShopCli.Infrastructure;
using Spectre.Console.Cli;

namespace ShopCli;

/// <summary>The `shop` command table: one line per command, sorted by name.</summary>
public static class ShopApp
{
    public static CommandApp Build()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("shop");
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) => ErrorReporter.Report(exception));
            config.AddCommand<AnalyzeCommand>("analyze").WithDescription("Run one analysis and print its result (--list shows them)");
            config.AddBranch("import", import =>
            {
                import.SetDescription("Import a JSON or CSV file into a collection (shop import --collection NAME FILE), or a public dataset");
                import.SetDefaultCommand<ImportCommand>();
                import.AddCommand<ImportOlistCommand>("olist").WithDescription("The Olist Brazilian e-commerce CSV files (replaces the shop's data)");
            });
            config.AddCommand<PlaceOrderCommand>("place-order").WithDescription("Place one order in a multi-document transaction (stock checked and taken atomically)");
            config.AddCommand<ReportCommand>("report").WithDescription("Seed if empty, run every analysis, write report.html, PNG/SVG charts, CSV and insights.json");
            config.AddCommand<SeedCommand>("seed").WithDescription("Load the tutorial dataset or a generated shop (with a progress bar)");
            config.AddCommand<ServeCommand>("serve").WithDescription("Run the embedded MongoDB-compatible server until Ctrl+C or SIGTERM");
            config.AddCommand<WatchCommand>("watch").WithDescription("Print new orders and status changes as they happen (change stream), resumable");
        });
        return app;
    }
}
