using System.ComponentModel;
using ShopAnalytics.Analytics;
using ShopAnalytics.Reporting;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>`shop analyze`: runs one of the library's analyses and prints its result (and chart, pipeline).</summary>
public sealed class AnalyzeCommand : AsyncCommand<AnalyzeCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "[QUESTION]")]
        [Description("The analysis to run (see --list)")]
        public string? Question { get; init; }

        [CommandOption("--list")]
        [Description("List the questions and exit")]
        public bool List { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("table, json or csv")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--chart <FILE>")]
        [Description("Also write the chart to a .html, .png or .svg file")]
        public string? Chart { get; init; }

        [CommandOption("--browser <PATH>")]
        [Description("Chromium-family browser for .png/.svg charts (default: $SHOP_BROWSER, then /usr/bin/chromium)")]
        public string? Browser { get; init; }

        [CommandOption("--show-pipeline")]
        [Description("Print the aggregation pipeline (MQL) before the result")]
        public bool ShowPipeline { get; init; }

        public override ValidationResult Validate()
        {
            if (!ResultWriter.Formats.Contains(Format))
            {
                return ValidationResult.Error($"--format must be one of {string.Join(", ", ResultWriter.Formats)}, not '{Format}'");
            }

            if (Chart is not null && !ChartFiles.Extensions.Contains(Path.GetExtension(Chart).ToLowerInvariant()))
            {
                return ValidationResult.Error($"--chart must end with {string.Join(", ", ChartFiles.Extensions)}: '{Chart}'");
            }

            if (!List && string.IsNullOrWhiteSpace(Question))
            {
                return ValidationResult.Error("name a question to analyze, or use --list to see them");
            }

            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        if (settings.List)
        {
            var list = new Table().Border(TableBorder.Rounded).AddColumn("question").AddColumn("chart").AddColumn("what it answers");
            foreach (var item in AnalysisRegistry.All)
            {
                list.AddRow(Markup.Escape(item.Name), ChartFactory.HasChart(item) ? "yes" : "-", Markup.Escape(item.Description));
            }

            AnsiConsole.Write(list);
            return ExitCodes.Success;
        }

        var analysis = AnalysisRegistry.Find(settings.Question!)
            ?? throw new UserError($"unknown question '{settings.Question}' (known: {string.Join(", ", AnalysisRegistry.All.Select(a => a.Name))})");
        if (settings.Chart is not null && !ChartFactory.HasChart(analysis))
        {
            throw new UserError($"'{analysis.Name}' has no chart; drop --chart");
        }

        if (settings.ShowPipeline)
        {
            Console.WriteLine(analysis.ToMql());
        }

        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        var outcome = await AnalysisOutcome.RunAsync(session.Shop, analysis, cancellationToken);
        if (outcome.Error is not null)
        {
            throw new UserError($"'{analysis.Name}' failed on the server: {outcome.Error}");
        }

        ResultWriter.Write(outcome.Table!, settings.Format, analysis.Title);
        if (settings.Chart is not null)
        {
            await ChartFiles.WriteAsync(outcome.Chart!, settings.Chart, settings.Browser, cancellationToken);
            Console.Error.WriteLine($"chart written to {Path.GetFullPath(settings.Chart)}");
        }

        return ExitCodes.Success;
    }
}
