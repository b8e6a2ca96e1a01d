using System.ComponentModel;
using System.Diagnostics;
using ShopAnalytics.Data.Import;
using ShopAnalytics.Data.Olist;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>`shop import olist &lt;folder&gt;`: the Olist Brazilian e-commerce CSV files, mapped to the shop's model.</summary>
public sealed class ImportOlistCommand : AsyncCommand<ImportOlistCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FOLDER>")]
        [Description("Folder holding customers.csv, orders.csv, order_items.csv, products.csv and product_category_name_translation.csv")]
        public string Folder { get; init; } = string.Empty;

        [CommandOption("--skip-bad-rows")]
        [Description("Leave out rows with bad values (and the rows that refer to them) instead of refusing the import; prints how many and the first few with their line")]
        public bool SkipBadRows { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        if (!Directory.Exists(settings.Folder))
        {
            throw new UserError($"folder '{settings.Folder}' does not exist");
        }

        var clock = Stopwatch.StartNew();
        ShopAnalytics.Data.ShopDataset data;
        var report = new ImportReport { SkipBadRows = settings.SkipBadRows };
        try
        {
            data = OlistImporter.Read(settings.Folder, report);
        }
        catch (OlistFormatException ex)
        {
            throw new UserError($"cannot import '{settings.Folder}': {ErrorReporter.OneLine(ex.Message)}");
        }

        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Importing Olist data into {session.Source}, database {settings.Database}");
        await DataLoader.LoadAsync(session.Shop, data, bypassValidation: false, cancellationToken);
        Console.WriteLine(
            $"imported {data.Customers.Count:N0} customers, {data.Products.Count:N0} products, {data.Orders.Count:N0} orders, {data.OrderItems.Count:N0} order items in {clock.Elapsed.TotalSeconds:0.0} s");
        ImportSummary.PrintSkipped(report);
        return ExitCodes.Success;
    }
}
