using System.Diagnostics;
using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

public sealed class PlaceOrderAndWatchTests
{
    [Fact]
    public async Task Watch_prints_a_placed_order_stops_with_exit_0_and_resumes_from_its_token()
    {
        using var folder = new TempFolder();
        await using var server = await ServeProcess.StartAsync(folder.Path);
        var db = "cli_orders_" + Guid.NewGuid().ToString("N")[..8];
        string[] target = ["--uri", server.Uri, "--database", db];
        var seed = await ShopProcess.RunAsync(folder.Path, ["seed", "--dataset", "tutorial", .. target]);
        Assert.True(seed.ExitCode == 0, seed.ToString());
        var tokenFile = folder.Combine("token.json");

        using (var watch = Process.Start(ShopProcess.StartInfo(folder.Path, null, ["watch", "--resume-token-file", tokenFile, .. target]))!)
        {
            var header = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("watching orders", header);
            var placed = await ShopProcess.RunAsync(folder.Path, ["place-order", "--customer", "cust-alice", "--item", "prod-tshirt:2", "--item", "prod-laptop:1", .. target]);
            Assert.True(placed.ExitCode == 0, placed.ToString());
            var orderId = placed.Stdout.Split(' ')[2];
            var seen = await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains($"placed {orderId} pending", seen);

            ShopProcess.Signal(watch, ShopProcess.SigInt);
            await watch.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            Assert.Equal(0, watch.ExitCode);
        }

        Assert.Contains("_data", File.ReadAllText(tokenFile));
        var later = await ShopProcess.RunAsync(folder.Path, ["place-order", "--customer", "cust-alice", "--item", "prod-tshirt:1", .. target]);
        Assert.True(later.ExitCode == 0, later.ToString());
        var laterId = later.Stdout.Split(' ')[2];

        using var resumed = Process.Start(ShopProcess.StartInfo(folder.Path, null, ["watch", "--resume-token-file", tokenFile, .. target]))!;
        Assert.StartsWith("resuming", await resumed.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains($"placed {laterId} pending", await resumed.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
        ShopProcess.Signal(resumed, ShopProcess.SigTerm);
        await resumed.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal(0, resumed.ExitCode);
    }

    [Fact]
    public async Task Place_order_without_enough_stock_writes_nothing_and_says_so_in_one_line()
    {
        using var folder = new TempFolder();
        await using var server = await ServeProcess.StartAsync(folder.Path);
        var db = "cli_stock_" + Guid.NewGuid().ToString("N")[..8];
        string[] target = ["--uri", server.Uri, "--database", db];
        Assert.Equal(0, (await ShopProcess.RunAsync(folder.Path, ["seed", "--dataset", "tutorial", .. target])).ExitCode);

        var result = await ShopProcess.RunAsync(folder.Path, ["place-order", "--customer", "cust-alice", "--item", "prod-laptop:100000", .. target]);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("not enough stock of product prod-laptop", line);
    }
}
