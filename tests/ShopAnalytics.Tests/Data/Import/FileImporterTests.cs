using System.Text;
using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Data.Import;
using ShopAnalytics.Tests.Infrastructure;

namespace ShopAnalytics.Tests.Data.Import;

/// <summary>
/// `shop import` of JSON and CSV files: good files land as documents with their types; every kind of bad
/// file is refused naming file and line before anything is written, or skipped with a count when asked.
/// </summary>
[Collection(ShopCollectionDefinition.Name)]
public sealed class FileImporterTests(ShopTarget target) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("shop-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private async Task<IMongoCollection<BsonDocument>> CollectionAsync()
    {
        var shop = await target.NewShopAsync("import");
        return shop.Raw("imported");
    }

    private static async Task<List<BsonDocument>> AllAsync(IMongoCollection<BsonDocument> collection)
        => await collection.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("_id", 1)).ToListAsync();

    [Theory]
    [InlineData("array.json", "[\n {\"_id\": 1, \"at\": {\"$date\": \"2017-10-02T10:56:33Z\"}, \"price\": {\"$numberDecimal\": \"29.99\"}},\n {\"_id\": 2, \"tags\": [\"a\", \"}\"]}\n]\n")]
    [InlineData("lines.json", "{\"_id\": 1, \"at\": {\"$date\": \"2017-10-02T10:56:33Z\"}, \"price\": {\"$numberDecimal\": \"29.99\"}}\n\n{\"_id\": 2, \"tags\": [\"a\", \"}\"]}\n")]
    public async Task Json_array_and_one_document_per_line_import_with_extended_json_types(string name, string content)
    {
        var collection = await CollectionAsync();
        var path = Write(name, content);

        var inserted = await FileImporter.ImportAsync(collection, path, new FileImportOptions(), new ImportReport());

        var documents = await AllAsync(collection);
        Assert.Equal(2, inserted);
        Assert.Equal(new BsonDateTime(new DateTime(2017, 10, 2, 10, 56, 33, DateTimeKind.Utc)), documents[0]["at"]);
        Assert.Equal(new BsonDecimal128(29.99m), documents[0]["price"]);
        Assert.Equal(new BsonArray { "a", "}" }, documents[1]["tags"]);
    }

    [Fact]
    public async Task Csv_values_stay_strings_unless_typed_and_dotted_headers_nest()
    {
        var collection = await CollectionAsync();
        var path = Write("people.csv", "_id,zip,address.city,age,vip\n1,01310,São Paulo,42,true\n2,22041,Rio,,false\n");

        await FileImporter.ImportAsync(collection, path, new FileImportOptions(), new ImportReport());
        var plain = await AllAsync(collection);
        await FileImporter.ImportAsync(collection, path, new FileImportOptions { Drop = true, Typed = true, ColumnTypes = new Dictionary<string, CsvColumnType> { ["zip"] = CsvColumnType.String } }, new ImportReport());
        var typed = await AllAsync(collection);

        Assert.Equal(BsonDocument.Parse("{_id: '1', zip: '01310', address: {city: 'São Paulo'}, age: '42', vip: 'true'}"), plain[0]);
        Assert.Equal(BsonDocument.Parse("{_id: 1, zip: '01310', address: {city: 'São Paulo'}, age: 42, vip: true}"), typed[0]);
        Assert.Equal("", typed[1]["age"].AsString);
    }

    [Fact]
    public async Task Csv_column_types_convert_money_dates_and_numbers()
    {
        var collection = await CollectionAsync();
        var path = Write("orders.csv", "_id,total,at,qty\no1,1381936.76,2017-10-02 10:56:33,3\n");
        var types = CsvValues.ParseTypes("total=decimal, at=date, qty=int");

        await FileImporter.ImportAsync(collection, path, new FileImportOptions { ColumnTypes = types }, new ImportReport());

        var order = Assert.Single(await AllAsync(collection));
        Assert.Equal(new BsonDecimal128(1381936.76m), order["total"]);
        Assert.Equal(new BsonDateTime(new DateTime(2017, 10, 2, 10, 56, 33, DateTimeKind.Utc)), order["at"]);
        Assert.Equal(new BsonInt32(3), order["qty"]);
    }

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "bad.csv", "total=decimal,at=date", "_id,total,at\no1,12.50,2017-10-02\no2,twelve,2017-10-02\n", "bad.csv line 3: 'twelve' is not a decimal number (total)" },
        { "bad.csv", "total=decimal,at=date", "_id,total,at\no1,12.50,2017-10-02\no2,1.00,2017-02-30\n", "bad.csv line 3: '2017-02-30' is not a date like 2017-10-02 or 2017-10-02T10:56:33Z (at)" },
        { "bad.csv", "total=decimal,at=date", "_id,total,at\no1,12.50\n", "bad.csv line 2: 2 fields where the header has 3" },
        { "bad.csv", "nope=int", "_id,total,at,extra\n", "bad.csv line 1: no column 'nope' for the given types" },
        { "bad.csv", "", "_id,total,,at\no1,1,2,3\n", "bad.csv line 1: column 3 has no name" },
        { "bad.csv", "", "_id,total,total\no1,1,2\n", "bad.csv line 1: column 'total' appears twice" },
        { "bad.csv", "", "", "bad.csv: the file is empty (no header line)" },
        { "bad.json", "", "", "bad.json: the file is empty (no document)" },
        { "bad.json", "", "  \n\n", "bad.json: the file is empty (no document)" },
        { "bad.json", "", "{\"_id\": 1}\n{\"_id\": 2, \"a\": }\n", "bad.json line 2: not a valid Extended JSON document" },
        { "bad.json", "", "{\"_id\": 1}\n{\"_id\": 2, \"at\": {\"$date\": \"someday\"}}\n", "bad.json line 2: not a valid Extended JSON document" },
        { "bad.json", "", "[{\"_id\": 1},\n 42,\n {\"_id\": 3}]", "bad.json line 2: expected a document ({...}), found 42" },
        { "bad.json", "", "[{\"_id\": 1},\n {\"_id\": 2}\n", "bad.json line 3: the array is not closed (no ']' at the end)" },
        { "bad.json", "", "[{\"_id\": 1} {\"_id\": 2}]", "bad.json line 1: expected ',' or ']' between documents, found '{'" },
        { "bad.json", "", "{\"_id\": 1}\n{\"_id\": 2, \"a\": [1, 2\n", "bad.json line 2: the document starting here is not closed before the end of the file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_is_refused_naming_the_line_and_nothing_is_written(string name, string types, string content, string expected)
    {
        var collection = await CollectionAsync();
        var path = Write(name, content);
        var options = new FileImportOptions { ColumnTypes = CsvValues.ParseTypes(types) };

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => FileImporter.ImportAsync(collection, path, options, new ImportReport()));

        Assert.StartsWith(expected, error.Message);
        Assert.Equal(0, await collection.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Fact]
    public async Task Json_nested_deeper_than_100_levels_is_a_bad_row_not_a_crash()
    {
        var collection = await CollectionAsync();
        var deep = string.Concat(Enumerable.Repeat("{\"a\": ", 100_000)) + "1" + new string('}', 100_000);
        var path = Write("deep.json", "{\"_id\": 1, \"ok\": {\"b\": [[1]]}}\n{\"_id\": 2, \"x\": " + deep + "}\n");
        var report = new ImportReport { SkipBadRows = true };

        var inserted = await FileImporter.ImportAsync(collection, path, new FileImportOptions(), report);

        Assert.Equal(1, inserted);
        Assert.Equal("deep.json line 2: nested 100001 levels deep, more than MongoDB's 100", Assert.Single(report.FirstProblems).ToString());
    }

    [Theory]
    [InlineData("latin1.json", "{\"_id\": 1, \"city\": \"São Paulo\"}\n")]
    [InlineData("latin1.csv", "_id,city\n1,São Paulo\n")]
    public async Task Latin1_file_is_refused_even_when_skipping(string name, string content)
    {
        var collection = await CollectionAsync();
        var path = Write(name, content, Encoding.Latin1);

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => FileImporter.ImportAsync(collection, path, new FileImportOptions(), new ImportReport { SkipBadRows = true }));

        Assert.Contains("not valid UTF-8 (byte 0xE3", error.Message);
        Assert.Equal(name.EndsWith(".csv", StringComparison.Ordinal) ? 2 : 1, error.Line);
    }

    [Fact]
    public async Task Skipping_imports_the_good_documents_and_counts_bad_rows_and_duplicate_ids()
    {
        var collection = await CollectionAsync();
        var path = Write("mixed.json", "{\"_id\": 1}\n{\"_id\": 2, \"a\": }\n{\"_id\": 1}\n{\"_id\": 4}\n");
        var report = new ImportReport { SkipBadRows = true };

        var inserted = await FileImporter.ImportAsync(collection, path, new FileImportOptions { BatchSize = 2 }, report);

        Assert.Equal(2, inserted);
        Assert.Equal([1, 4], (await AllAsync(collection)).Select(d => d["_id"].AsInt32));
        Assert.Equal(2, report.Skipped);
        Assert.Equal([2L, 3L], report.FirstProblems.Select(p => p.Line));
        Assert.Contains("E11000", report.FirstProblems[1].Reason);
    }

    [Fact]
    public async Task Duplicate_id_without_skipping_names_the_line_and_says_what_was_written()
    {
        var collection = await CollectionAsync();
        var path = Write("dup.json", "[{\"_id\": 1}, {\"_id\": 2},\n{\"_id\": 1}, {\"_id\": 4}]");

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => FileImporter.ImportAsync(collection, path, new FileImportOptions(), new ImportReport()));

        Assert.Equal(2, error.Line);
        Assert.Contains("E11000", error.Message);
        Assert.EndsWith("(2 documents before it were inserted)", error.Message);
    }

    [Fact]
    public async Task Progress_is_reported_up_to_the_whole_file()
    {
        var collection = await CollectionAsync();
        var path = Write("many.json", string.Concat(Enumerable.Range(0, 2500).Select(i => $"{{\"_id\": {i}, \"pad\": \"{new string('x', 40)}\"}}\n")));
        var seen = new List<ImportProgress>();

        await FileImporter.ImportAsync(collection, path, new FileImportOptions(), new ImportReport(), new SyncProgress(seen.Add));

        Assert.True(seen.Count >= 3);
        Assert.Equal(new ImportProgress(new FileInfo(path).Length, new FileInfo(path).Length, 2500), seen[^1]);
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.First.BytesRead <= pair.Second.BytesRead));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
