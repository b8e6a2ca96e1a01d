namespace ShopAnalytics.Reporting;

/// <summary>Writes a <see cref="ResultTable"/> as RFC 4180 CSV (CRLF, quotes doubled) with invariant-culture values.</summary>
public static class CsvExport
{
    public static void Write(ResultTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRecord(writer, table.Columns);
        foreach (var row in table.Rows)
        {
            WriteRecord(writer, row.Select(ResultTable.Invariant));
        }
    }

    public static async Task WriteFileAsync(ResultTable table, string path, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        Write(table, writer);
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    // RFC 4180 section 2: fields with commas, quotes or line breaks are quoted, quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
