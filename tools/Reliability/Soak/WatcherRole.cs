using MongoDB.Bson;
using MongoDB.Driver;

namespace Reliability.Soak;

/// <summary>Opens a change stream, follows it for a moment, closes it, and again.</summary>
internal static class WatcherRole
{
    public static async Task RunAsync(SoakContext context, int slot)
    {
        using var client = OwnedClient.Create(context.ConnectionString, $"soak-watcher-{slot}");
        var items = context.Collection(client, SoakContext.Items);
        await context.LoopAsync($"watcher {slot}", async _ =>
        {
            var options = new ChangeStreamOptions { MaxAwaitTime = TimeSpan.FromMilliseconds(200), BatchSize = 50 };
            using var stream = await items.WatchAsync(options);
            var until = DateTime.UtcNow.AddSeconds(1);
            while (DateTime.UtcNow < until && !context.Stop.IsCancellationRequested && await stream.MoveNextAsync())
            {
                Interlocked.Add(ref context.Ledger.ChangeEvents, stream.Current.Count());
            }
        });
    }
}
