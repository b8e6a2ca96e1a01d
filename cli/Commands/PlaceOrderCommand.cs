using System.ComponentModel;
using System.Globalization;
using ShopAnalytics.Operations;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>`shop place-order`: one order placed in a multi-document transaction (the library's PlaceOrderAsync).</summary>
public sealed class PlaceOrderCommand : AsyncCommand<PlaceOrderCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--customer <ID>")]
        [Description("The customer's _id")]
        public string? Customer { get; init; }

        [CommandOption("--item <PRODUCT:QTY>")]
        [Description("A product _id and a quantity; repeat for more lines")]
        public string[] Items { get; init; } = [];

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Customer))
            {
                return ValidationResult.Error("--customer is required");
            }

            if (Items.Length == 0)
            {
                return ValidationResult.Error("at least one --item PRODUCT:QTY is required");
            }

            foreach (var item in Items)
            {
                if (!TryParse(item, out _))
                {
                    return ValidationResult.Error($"--item '{item}' is not PRODUCT:QTY with a quantity of 1 or more");
                }
            }

            return base.Validate();
        }
    }

    public static bool TryParse(string item, out OrderLine line)
    {
        var colon = item.LastIndexOf(':');
        line = new OrderLine(string.Empty, 0);
        if (colon <= 0 || !int.TryParse(item.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity < 1)
        {
            return false;
        }

        line = new OrderLine(item[..colon], quantity);
        return true;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        var lines = settings.Items.Select(i => TryParse(i, out var line) ? line : throw new UserError($"bad --item '{i}'")).ToList();
        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        try
        {
            var order = await new OrderOperations(session.Shop).PlaceOrderAsync(settings.Customer!, lines, cancellationToken: cancellationToken);
            Console.WriteLine($"placed order {order.Id} for customer {order.CustomerId}: {lines.Sum(l => l.Quantity)} units in {lines.Count} line(s), status {order.Status.ToString().ToLowerInvariant()}");
            return ExitCodes.Success;
        }
        catch (InsufficientStockException ex)
        {
            throw new UserError($"not enough stock of product {ex.ProductId}: {ex.Requested} requested, {ex.Available} available; nothing was written");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            throw new UserError($"order not placed: {ErrorReporter.OneLine(ex.Message)}");
        }
    }
}
