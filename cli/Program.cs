using EmbeddedMongo.Hosting;

// The `shop` command line. Commands other than `serve` arrive with the ShopAnalytics library.
if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine("usage: shop serve [--port N]");
    return args.Length == 0 ? 1 : 0;
}

if (args[0] != "serve")
{
    Console.Error.WriteLine($"shop: unknown command '{args[0]}' (try --help)");
    return 2;
}

var port = 27017;
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--port" && i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is >= 0 and <= 65535)
    {
        port = p;
        i++;
    }
    else
    {
        Console.Error.WriteLine($"shop serve: bad argument '{args[i]}' (usage: shop serve [--port N])");
        return 2;
    }
}

await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoOptions { Port = port, Log = Console.Error.WriteLine });
Console.WriteLine($"listening on {server.ConnectionString}");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    stop.Cancel();
});
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
