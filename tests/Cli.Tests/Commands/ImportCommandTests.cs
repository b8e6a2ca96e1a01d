using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

/// <summary>`shop import --collection NAME FILE`: JSON and CSV files into a collection, bad rows refused by line or skipped with a count.</summary>
public sealed class ImportCommandTests
{
    private static Task<ShopResult> ShopAsync(TempFolder folder, params string[] args)
        => ShopProcess.RunAsync(folder.Path, new Dictionary<string, string?> { ["MONGODB_URI"] = null }, TimeSpan.FromMinutes(2), args);

    [Fact]
    public async Task Json_and_csv_files_are_imported_and_a_second_import_meets_the_same_ids()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("items.json"), "[{\"_id\": 1, \"price\": {\"$numberDecimal\": \"9.99\"}},\n {\"_id\": 2}]\n");
        File.WriteAllText(folder.Combine("items.csv"), "_id,price\n1,9.99\n3,1.50\n");

        var json = await ShopAsync(folder, "import", "--collection", "items", "items.json");
        var csv = await ShopAsync(folder, "import", "--collection", "items", "--typed", "--skip-bad", "items.csv");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Contains("imported 2 documents into items", json.Stdout);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Contains("imported 1 documents into items", csv.Stdout);
        Assert.Contains("skipped 1 bad row; the first 1:", csv.Stdout);
        Assert.Contains("items.csv line 2: E11000 duplicate key error", csv.Stdout);
    }

    [Fact]
    public async Task Bad_row_refuses_the_whole_file_naming_the_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("orders.csv"), "_id,total,at\no1,12.50,2017-10-02\no2,twelve,2017-10-02\n");

        var refused = await ShopAsync(folder, "import", "-c", "orders", "--types", "total=decimal,at=date", "orders.csv");
        var skipped = await ShopAsync(folder, "import", "-c", "orders", "--types", "total=decimal,at=date", "--skip-bad", "orders.csv");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        var line = Assert.Single(refused.Stderr.TrimEnd().Split('\n'));
        Assert.Equal("shop: cannot import 'orders.csv': orders.csv line 3: 'twelve' is not a decimal number (total)", line);
        Assert.DoesNotContain("imported", refused.Stdout);
        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.Contains("imported 1 documents into orders", skipped.Stdout);
        Assert.Contains("orders.csv line 3: 'twelve' is not a decimal number (total)", skipped.Stdout);
    }
}
