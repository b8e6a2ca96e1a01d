using System.Text;
using ShopAnalytics.Data.Import;
using ShopAnalytics.Data.Olist;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data.Olist;

/// <summary>
/// Broken Olist files: rows cut short or too long, files in the wrong encoding, a byte order mark,
/// an empty file, Windows line ends; and the opt-in mode that skips bad rows with a count.
/// </summary>
public sealed class OlistBadFileTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Theory]
    [InlineData("orders.csv", 3, "o2,c2,shipped", "orders.csv line 3: 3 fields where the header has 8")]
    [InlineData("order_items.csv", 2, "o1,1,p-bed,s1,2017-03-05 10:00:00,89.9,15.1,extra", "order_items.csv line 2: 8 fields where the header has 7")]
    [InlineData("customers.csv", 4, "c3", "customers.csv line 4: 1 field where the header has 5")]
    public void Row_with_the_wrong_number_of_fields_is_refused_naming_the_line(string file, int line, string text, string expected)
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        folder.ReplaceLine(file, line, text);

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.Equal(expected, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Latin1_file_is_refused_at_the_first_line_that_is_not_UTF8()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        var path = Path.Combine(folder.Path, "customers.csv");
        var lines = File.ReadAllLines(path);
        lines[2] = "c2,u-bruno,22041,são joão,RJ";
        File.WriteAllText(path, string.Join("\n", lines) + "\n", Latin1);

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("customers.csv line 3: not valid UTF-8 (byte 0xE3 at column 19)", error.Message);
        Assert.Contains("Latin-1", error.Message);
    }

    [Fact]
    public void Utf8_file_with_accents_a_byte_order_mark_and_windows_line_ends_reads_like_the_plain_one()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        var path = Path.Combine(folder.Path, "customers.csv");
        var lines = File.ReadAllLines(path);
        lines[2] = "c2,u-bruno,22041,são joão,RJ";
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);

        var data = OlistImporter.Read(folder.Path);

        Assert.Equal("são joão", data.Customers.Single(c => c.Id == "u-bruno").Address.City);
        Assert.Equal(OlistImporter.Read(FixtureFolders.OlistMini).Orders.Count, data.Orders.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void Empty_file_is_refused_by_name(string content)
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        File.WriteAllText(Path.Combine(folder.Path, "products.csv"), content);

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path));

        Assert.Equal("products.csv: the file is empty (no header line)", error.Message);
    }

    [Fact]
    public void Skipping_leaves_out_bad_rows_and_what_refers_to_them_and_counts_them()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        folder.ReplaceLine("orders.csv", 3, "o2,c2,shipped,2017-13-45 11:00:00,,,,2017-04-25 00:00:00");
        folder.ReplaceLine("order_items.csv", 4, "o1,3,p-beauty,s2,2017-03-05 10:00:00,abc,8.0");
        var report = new ImportReport { SkipBadRows = true };

        var data = OlistImporter.Read(folder.Path, report);

        // o2's bad date, o2's one item (its order was left out) and o1's item with a bad price.
        Assert.Equal(3, report.Skipped);
        Assert.Equal(
            [
                "orders.csv line 3: '2017-13-45 11:00:00' is not a date like 2017-10-02 10:56:33 (order_purchase_timestamp)",
                "order_items.csv line 4: 'abc' is not a number of at least 0 (price)",
                "order_items.csv line 5: order_id o2 is not in orders.csv",
            ],
            report.FirstProblems.Select(p => p.ToString()));
        Assert.DoesNotContain(data.Orders, o => o.Id == "o2");
        Assert.Equal(7, data.Orders.Count);
        Assert.DoesNotContain(data.OrderItems, i => i.OrderId == "o1" && i.ProductId == "p-beauty");
        Assert.Equal("skipped 3 bad rows", report.Summary());
    }

    [Fact]
    public void Skipping_keeps_only_the_first_problems_but_counts_them_all()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        var path = Path.Combine(folder.Path, "order_items.csv");
        var lines = File.ReadAllLines(path).ToList();
        var firstBad = lines.Count + 1;
        lines.AddRange(Enumerable.Range(0, 25).Select(i => $"o1,{10 + i},p-bed,s1,2017-03-05 10:00:00,-{i + 1},1.0"));
        File.WriteAllLines(path, lines);
        var report = new ImportReport { SkipBadRows = true };

        OlistImporter.Read(folder.Path, report);

        Assert.Equal(25, report.Skipped);
        Assert.Equal(ImportReport.KeptProblems, report.FirstProblems.Count);
        Assert.Equal(Enumerable.Range(firstBad, ImportReport.KeptProblems).Select(i => (long)i), report.FirstProblems.Select(p => p.Line));
    }

    [Fact]
    public void Skipping_still_refuses_a_missing_column()
    {
        using var folder = FixtureFolders.CopyOf(FixtureFolders.OlistMini);
        folder.ReplaceLine("orders.csv", 1, "order_id,customer_id,order_purchase_timestamp");
        var report = new ImportReport { SkipBadRows = true };

        var error = Assert.Throws<OlistFormatException>(() => OlistImporter.Read(folder.Path, report));

        Assert.Equal("orders.csv line 1: missing column 'order_status'", error.Message);
    }
}
