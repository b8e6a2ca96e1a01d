using System.ComponentModel;
using System.Diagnostics;
using ShopAnalytics.Data;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>`shop seed`: loads the tutorial dataset or a generated shop, with a progress bar.</summary>
public sealed class SeedCommand : AsyncCommand<SeedCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--dataset <NAME>")]
        [Description("tutorial (the small named dataset) or generated (Bogus, seeded)")]
        [DefaultValue("generated")]
        public string Dataset { get; init; } = "generated";

        [CommandOption("--orders <N>")]
        [Description("Orders to generate (generated dataset)")]
        [DefaultValue(10_000)]
        public int Orders { get; init; } = 10_000;

        [CommandOption("--seed <S>")]
        [Description("Random seed: the same seed gives the same shop")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--drop")]
        [Description("Replace the data already in the database")]
        public bool Drop { get; init; }

        public override ValidationResult Validate()
        {
            if (Dataset is not ("tutorial" or "generated"))
            {
                return ValidationResult.Error($"--dataset must be 'tutorial' or 'generated', not '{Dataset}'");
            }

            if (Orders is < 1 or > GeneratorOptions.MaxOrders)
            {
                return ValidationResult.Error($"--orders must be between 1 and {GeneratorOptions.MaxOrders:N0}, not {Orders}");
            }

            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        if (!settings.Drop && !await DataLoader.IsEmptyAsync(session.Shop, cancellationToken))
        {
            throw new UserError($"database '{settings.Database}' already has data; add --drop to replace it");
        }

        var clock = Stopwatch.StartNew();
        var data = settings.Dataset == "tutorial"
            ? TutorialData.Read()
            : ShopDataGenerator.Generate(new GeneratorOptions { Orders = settings.Orders, Seed = settings.Seed });
        AnsiConsole.MarkupLineInterpolated($"Seeding [bold]{settings.Dataset}[/] data into {session.Source}, database {settings.Database}");
        await DataLoader.LoadAsync(session.Shop, data, bypassValidation: settings.Dataset == "generated", cancellationToken);
        Console.WriteLine(
            $"seeded {data.Customers.Count:N0} customers, {data.Products.Count:N0} products, {data.Orders.Count:N0} orders, {data.OrderItems.Count:N0} order items in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }
}
