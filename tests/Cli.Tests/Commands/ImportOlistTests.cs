using System.Text.Json;
using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

public sealed class ImportOlistTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["customers.csv"] = """
            customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state
            c1,u1,01001,sao paulo,SP
            c2,u2,20010,rio de janeiro,RJ
            """,
        ["orders.csv"] = """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
            o1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,2017-10-10 21:25:13,2017-10-18 00:00:00
            o2,c2,canceled,2017-11-18 19:28:06,,,,2017-12-15 00:00:00
            """,
        ["order_items.csv"] = """
            order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
            o1,1,p1,s1,2017-10-06 11:07:15,29.99,8.72
            o1,2,p1,s1,2017-10-06 11:07:15,29.99,8.72
            o1,3,p2,s1,2017-10-06 11:07:15,100.00,10.00
            o2,1,p2,s1,2017-11-22 19:45:59,100.00,10.00
            """,
        ["products.csv"] = """
            product_id,product_category_name,product_name_lenght,product_description_lenght,product_photos_qty,product_weight_g,product_length_cm,product_height_cm,product_width_cm
            p1,beleza_saude,51.0,2083.0,2.0,600.0,68.0,11.0,13.0
            p2,,,,,,,,
            """,
        ["product_category_name_translation.csv"] = """
            product_category_name,product_category_name_english
            beleza_saude,health_beauty
            """,
    };

    [Fact]
    public async Task Import_olist_loads_the_files_and_analyze_sees_them()
    {
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.Combine("olist")).FullName;
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(data, name), text + "\n");
        }

        var database = "cli_olist_" + Guid.NewGuid().ToString("N")[..8];
        var import = await ShopProcess.RunAsync(folder.Path, null, TimeSpan.FromMinutes(2), "import", "olist", data, "--database", database);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("imported 2 customers, 2 products, 2 orders", import.Stdout);

        var revenue = await ShopProcess.RunAsync(folder.Path, null, TimeSpan.FromMinutes(2), "analyze", "total-revenue", "--format", "json", "--database", database);
        Assert.True(revenue.ExitCode == 0, revenue.ToString());
        using var json = JsonDocument.Parse(revenue.Stdout);
        var row = json.RootElement[0];

        // The cancelled order does not count; p1 appears twice in o1 (quantity 2). Freight is not revenue.
        Assert.Equal(2 * 29.99m + 100.00m, row.GetProperty("revenue").GetDecimal());
        Assert.Equal(1, row.GetProperty("orders").GetInt64());
    }

    private static string WriteFolder(TempFolder folder, string brokenFile, int brokenLine, string text)
    {
        var data = Directory.CreateDirectory(folder.Combine("olist")).FullName;
        foreach (var (name, content) in Files)
        {
            var lines = content.Split('\n').ToList();
            if (name == brokenFile)
            {
                lines[brokenLine - 1] = text;
            }

            File.WriteAllText(Path.Combine(data, name), string.Join("\n", lines) + "\n");
        }

        return data;
    }

    [Fact]
    public async Task Bad_row_refuses_the_import_naming_file_and_line()
    {
        using var folder = new TempFolder();
        var data = WriteFolder(folder, "orders.csv", 3, "o2,c2,canceled,yesterday,,,,2017-12-15 00:00:00");
        var database = "cli_olist_" + Guid.NewGuid().ToString("N")[..8];

        var import = await ShopProcess.RunAsync(folder.Path, null, TimeSpan.FromMinutes(2), "import", "olist", data, "--database", database);

        Assert.True(import.ExitCode == 1, import.ToString());
        var line = Assert.Single(import.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("orders.csv line 3: 'yesterday' is not a date", line);
        Assert.DoesNotContain("imported", import.Stdout);
    }

    [Fact]
    public async Task Skip_bad_rows_imports_the_rest_and_reports_the_count_and_lines()
    {
        using var folder = new TempFolder();
        var data = WriteFolder(folder, "order_items.csv", 4, "o1,3,p2,s1,2017-10-06 11:07:15,free,10.00");
        var database = "cli_olist_" + Guid.NewGuid().ToString("N")[..8];

        var import = await ShopProcess.RunAsync(folder.Path, null, TimeSpan.FromMinutes(2), "import", "olist", data, "--database", database, "--skip-bad-rows");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("imported 2 customers, 2 products, 2 orders, 2 order items", import.Stdout);
        Assert.Contains("skipped 1 bad row; the first 1:", import.Stdout);
        Assert.Contains("order_items.csv line 4: 'free' is not a number of at least 0 (price)", import.Stdout);
    }
}
