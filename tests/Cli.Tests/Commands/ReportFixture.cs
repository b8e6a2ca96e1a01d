using System.Diagnostics;
using Cli.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cli.Tests.Commands;

/// <summary>
/// One `shop report` run shared by the report tests: against a served (or real) MongoDB, so that
/// the tests can read the very data the report was computed from.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public const int Orders = 3000;

    private ServeProcess? server;

    public TempFolder Folder { get; } = new();

    public string Database { get; } = "cli_report_" + Guid.NewGuid().ToString("N")[..8];

    public string OutDir => Folder.Combine("out");

    public ShopResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    public TimeSpan Elapsed { get; private set; }

    public IMongoDatabase Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = await ServeProcess.StartAsync(Folder.Path);
        var clock = Stopwatch.StartNew();
        Result = await ShopProcess.RunAsync(
            Folder.Path,
            null,
            TimeSpan.FromMinutes(5),
            "report", "--uri", server.Uri, "--database", Database, "--out", OutDir, "--orders", Orders.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Elapsed = clock.Elapsed;
        Data = new MongoClient(server.Uri).GetDatabase(Database);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            if (server.IsExternal)
            {
                await Data.Client.DropDatabaseAsync(Database);
            }

            await server.DisposeAsync();
        }

        Folder.Dispose();
    }

    public async Task<List<BsonDocument>> ReadAsync(string collection) =>
        await Data.GetCollection<BsonDocument>(collection).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
}
