using MongoDB.Driver;
using Spectre.Console.Cli;

namespace ShopCli.Infrastructure;

/// <summary>
/// Turns any exception that reaches the top of a command into one line on stderr and an exit
/// code. Stack traces are for bugs; the user sees what went wrong and what to try.
/// </summary>
public static class ErrorReporter
{
    public static int Report(Exception exception)
    {
        var (message, code) = Describe(exception);
        Console.Error.WriteLine($"shop: {message}");
        return code;
    }

    public static (string Message, int ExitCode) Describe(Exception exception) => exception switch
    {
        UserError user => (user.Message, user.ExitCode),
        CommandAppException app => (Usage(app.Message), ExitCodes.Usage),
        OperationCanceledException => ("stopped", ExitCodes.Cancelled),
        MongoConfigurationException config => ($"bad connection string: {OneLine(config.Message)}", ExitCodes.Failure),
        MongoAuthenticationException auth => ($"authentication failed: {OneLine(auth.Message)}", ExitCodes.Failure),
        TimeoutException or MongoConnectionException => ($"cannot reach the MongoDB server: {OneLine(exception.Message)}", ExitCodes.Failure),
        MongoCommandException command => ($"the server refused a command: {command.CodeName} ({command.Code}): {OneLine(command.ErrorMessage)}", ExitCodes.Failure),
        IOException or UnauthorizedAccessException => (OneLine(exception.Message), ExitCodes.Failure),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => ($"unexpected error ({exception.GetType().Name}): {OneLine(exception.Message)}", ExitCodes.Failure),
    };

    private static string Usage(string message)
    {
        var conversion = System.Text.RegularExpressions.Regex.Match(message, @"^Failed to convert '(?<value>.*)' to (?<type>Int32|Int64|Double|Decimal)\.?$");
        var text = conversion.Success ? $"'{conversion.Groups["value"].Value}' is not a valid number" : OneLine(message);
        return text + " (see --help)";
    }

    /// <summary>Keeps the first line of a message, so that the report is exactly one line.</summary>
    public static string OneLine(string message)
    {
        var text = message.ReplaceLineEndings("\n").Trim();
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd();
    }
}
