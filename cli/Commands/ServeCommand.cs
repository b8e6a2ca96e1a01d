using System.ComponentModel;
using EmbeddedMongo.Hosting;
using ShopCli.Infrastructure;
using Spectre.Console.Cli;

namespace ShopCli.Commands;

/// <summary>`shop serve`: the embedded MongoDB-compatible server on its own, until SIGINT or SIGTERM.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-p|--port <PORT>")]
        [Description("TCP port to listen on (0 picks a free one)")]
        [DefaultValue(27017)]
        public int Port { get; init; } = 27017;

        [CommandOption("--bind <ADDRESS>")]
        [Description("Loopback address to bind; other addresses are refused (no authentication yet)")]
        [DefaultValue("127.0.0.1")]
        public string Bind { get; init; } = "127.0.0.1";

        [CommandOption("--dbpath <DIR>")]
        [Description("Folder the server keeps its data in between runs")]
        [DefaultValue(".shopdata")]
        public string DbPath { get; init; } = ".shopdata";

        public override Spectre.Console.ValidationResult Validate() =>
            Port is < 0 or > 65535
                ? Spectre.Console.ValidationResult.Error($"--port must be between 0 and 65535, not {Port}")
                : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var bind = LoopbackAddress.Require(settings.Bind);
        var options = EmbeddedServerOptions.Create(bind, settings.Port, settings.DbPath);
        EmbeddedMongoServer server;
        try
        {
            server = await EmbeddedMongoServer.StartAsync(options);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new UserError($"cannot listen on {bind}:{settings.Port}: {ex.Message}");
        }

        await using (server)
        {
            Console.WriteLine($"listening on {server.ConnectionString}");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // SIGINT or SIGTERM: a requested stop is a success.
            }
        }

        return ExitCodes.Success;
    }
}
