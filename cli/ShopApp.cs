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
            config.AddCommand<ServeCommand>("serve").WithDescription("Run the embedded MongoDB-compatible server until Ctrl+C or SIGTERM");
        });
        return app;
    }
}
