using System.ComponentModel;
using System.Diagnostics;
using ShopAnalytics.Data.Import;
using ShopCli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>
/// `shop import --collection NAME FILE`: a JSON file (an array, or one Extended JSON document per line) or a
/// CSV file (header row; values are strings unless --typed or --types) into one collection, like mongoimport.
/// A bad row refuses the import naming the file and line, before anything is written; --skip-bad leaves bad
/// rows out and prints how many and the first few.
/// </summary>
public sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A .json file (array or one document per line, MongoDB Extended JSON) or a .csv file with a header row; UTF-8")]
        public string File { get; init; } = string.Empty;

        [CommandOption("-c|--collection <NAME>")]
        [Description("The collection to import into")]
        public string Collection { get; init; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description("json or csv (default: from the file's extension)")]
        public string? Format { get; init; }

        [CommandOption("--typed")]
        [Description("CSV: read integers, decimals and true/false as numbers and booleans (otherwise every value is a string)")]
        public bool Typed { get; init; }

        [CommandOption("--types <SPEC>")]
        [Description("CSV: column types, e.g. price=decimal,at=date,qty=int (string, int, long, double, decimal, bool, date, objectId); a value that does not convert is a bad row")]
        public string? Types { get; init; }

        [CommandOption("--drop")]
        [Description("Drop the collection first")]
        public bool Drop { get; init; }

        [CommandOption("--skip-bad")]
        [Description("Leave out bad rows (and documents the server refuses) instead of refusing the import; prints how many and the first few with their line")]
        public bool SkipBad { get; init; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            if (string.IsNullOrWhiteSpace(Collection) || Collection.Contains('$', StringComparison.Ordinal) || Collection.StartsWith("system.", StringComparison.Ordinal))
            {
                return ValidationResult.Error("--collection NAME is required (a collection name without '$', not system.*)");
            }

            if (Format is not (null or "json" or "csv"))
            {
                return ValidationResult.Error($"--format '{Format}' is not json or csv");
            }

            try
            {
                CsvValues.ParseTypes(Types);
            }
            catch (FormatException ex)
            {
                return ValidationResult.Error($"--types: {ex.Message}");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ConsoleSetup.Apply();
        if (!File.Exists(settings.File))
        {
            throw new UserError($"file '{settings.File}' does not exist");
        }

        var options = new FileImportOptions
        {
            Format = settings.Format switch { "json" => ImportFormat.Json, "csv" => ImportFormat.Csv, _ => ImportFormat.Auto },
            Drop = settings.Drop,
            Typed = settings.Typed,
            ColumnTypes = CsvValues.ParseTypes(settings.Types),
        };
        var report = new ImportReport { SkipBadRows = settings.SkipBad };
        var clock = Stopwatch.StartNew();
        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Importing {Path.GetFileName(settings.File)} into {session.Source}, database {settings.Database}, collection {settings.Collection}");
        long inserted;
        try
        {
            inserted = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progressContext =>
                {
                    var task = progressContext.AddTask(settings.Collection, autoStart: true, maxValue: Math.Max(1, new FileInfo(settings.File).Length));
                    var progress = new Reporter<ImportProgress>(p => task.Value = p.BytesRead);
                    var count = await FileImporter.ImportAsync(session.Shop.Raw(settings.Collection), settings.File, options, report, progress, cancellationToken);
                    task.Value = task.MaxValue;
                    return count;
                });
        }
        catch (ImportFormatException ex)
        {
            throw new UserError($"cannot import '{settings.File}': {ErrorReporter.OneLine(ex.Message)}");
        }

        Console.WriteLine($"imported {inserted:N0} documents into {settings.Collection} in {clock.Elapsed.TotalSeconds:0.0} s");
        ImportSummary.PrintSkipped(report);
        return ExitCodes.Success;
    }

    /// <summary>Reports on the calling thread, so the bar never goes backwards.</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
