using Bench;
using EmbeddedMongo.Hosting;
using MongoDB.Driver;

// Usage: dotnet run -c Release --project bench -- insert|index [--scale N] [--runs R]
// Prints one line per figure: workload, size, our median, the reference's median, ratio.
var workload = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "insert";
var scale = Option(args, "--scale", workload == "insert" ? 200_000 : 100_000);
var runs = Option(args, "--runs", 3);

await using var server = await EmbeddedMongoServer.StartAsync();
using var client = new MongoClient(server.ConnectionString);
var db = client.GetDatabase("bench");
Report.Header();
switch (workload)
{
    case "insert":
        await InsertBench.RunAsync(db, scale, runs);
        break;
    case "index":
        await IndexBench.RunAsync(db, scale, runs);
        break;
    default:
        Console.Error.WriteLine($"unknown workload '{workload}': use insert or index");
        return 2;
}

return 0;

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}
