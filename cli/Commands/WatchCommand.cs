using System.ComponentModel;
using MongoDB.Bson;
using ShopAnalytics.Operations;
using ShopCli.Infrastructure;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>
/// `shop watch`: prints new orders and status changes as they happen (the library's change-stream
/// OrderFeed) until Ctrl+C, saving the resume token after each event so the next run continues there.
/// </summary>
public sealed class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--resume-token-file <FILE>")]
        [Description("File keeping the last event's resume token: read at start, written after each event")]
        public string? ResumeTokenFile { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var resumeAfter = ReadToken(settings.ResumeTokenFile);
        await using var session = await ShopSession.OpenAsync(settings, cancellationToken);
        var feed = new OrderFeed(session.Shop);
        using var cursor = await feed.OpenAsync(resumeAfter, cancellationToken);
        Console.WriteLine(resumeAfter is null
            ? $"watching orders in {session.Source}, database {settings.Database} (Ctrl+C to stop)"
            : $"resuming the order feed from {settings.ResumeTokenFile} (Ctrl+C to stop)");
        try
        {
            await foreach (var change in OrderFeed.ReadAsync(cursor, cancellationToken))
            {
                var when = change.WallTime?.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
                var what = change.Kind == OrderEventKind.Placed ? "placed" : "status";
                Console.WriteLine($"{when} {what} {change.OrderId} {change.Status.ToString().ToLowerInvariant()}");
                if (settings.ResumeTokenFile is not null)
                {
                    await File.WriteAllTextAsync(settings.ResumeTokenFile, change.ResumeToken.ToJson(), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the token file already holds the last event handled.
        }

        return ExitCodes.Success;
    }

    private static BsonDocument? ReadToken(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return BsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is FormatException or MongoDB.Bson.BsonSerializationException or InvalidCastException)
        {
            throw new UserError($"resume token file '{path}' does not hold a resume token: {ErrorReporter.OneLine(ex.Message)}");
        }
    }
}
