using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics;
using ShopAnalytics.Data;
using ShopAnalytics.Schema;
using Spectre.Console;

namespace ShopCli.Infrastructure;

/// <summary>Loads a dataset with a progress bar per collection (seed, and report on an empty database).</summary>
public static class DataLoader
{
    /// <summary>Whether the shop's collections hold no order at all.</summary>
    public static async Task<bool> IsEmptyAsync(ShopDatabase shop, CancellationToken cancellationToken)
    {
        foreach (var name in CollectionNames.All)
        {
            var any = await shop.Raw(name).Find(FilterDefinition<BsonDocument>.Empty).Limit(1).AnyAsync(cancellationToken);
            if (any)
            {
                return false;
            }
        }

        return true;
    }

    public static async Task LoadAsync(ShopDatabase shop, ShopDataset data, bool bypassValidation, CancellationToken cancellationToken)
    {
        var options = new SeedOptions { DropFirst = true, BypassValidation = bypassValidation };
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = CollectionNames.All.ToDictionary(n => n, n => context.AddTask(n, autoStart: true, maxValue: 1));
                var gate = new Lock();
                var progress = new Reporter<SeedProgress>(p =>
                {
                    lock (gate)
                    {
                        if (tasks.TryGetValue(p.Collection, out var task))
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Inserted;
                        }
                    }
                });
                await ShopSeeder.SeedAsync(shop, data, options, progress, cancellationToken);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post late updates after the bars are done).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
