using System.Globalization;
using CsvHelper;
using ShopAnalytics.Data.Import;

namespace ShopAnalytics.Data.Olist;

/// <summary>
/// Reads one Olist CSV file with CsvHelper: checks the header has the needed columns, then yields rows
/// with typed accessors that report the file and line of a bad value.
/// </summary>
internal sealed class OlistCsv
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    private readonly CsvReader csv;

    private OlistCsv(CsvReader csv, string file)
    {
        this.csv = csv;
        File = file;
    }

    public string File { get; }

    /// <summary>The 1-based line of the current row.</summary>
    public int Line => (int)csv.LineNumber;

    /// <summary>Every row of <paramref name="file"/> in <paramref name="folder"/>, after checking that <paramref name="columns"/> exist.</summary>
    public static IEnumerable<OlistCsv> Rows(string folder, string file, params string[] columns)
    {
        var path = Path.Combine(folder, file);
        if (!System.IO.File.Exists(path))
        {
            throw new OlistFormatException(file, null, $"file not found in {folder}");
        }

        try
        {
            Utf8Check.Require(path, file);
        }
        catch (ImportFormatException ex)
        {
            throw new OlistFormatException(file, (int?)ex.Line, ex.Problem);
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.FromFile(path, options);
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
        {
            throw new OlistFormatException(file, null, "the file is empty (no header line)");
        }

        var missing = columns.Except(csv.Headers, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new OlistFormatException(file, 1, $"missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }

        var row = new OlistCsv(csv, file);
        while (csv.Read())
        {
            yield return row;
        }
    }

    /// <summary>Refuses a row with more or fewer fields than the header has (a cut line, an unquoted comma).</summary>
    public void CheckShape()
    {
        if (csv.FieldCount != csv.Headers.Count)
        {
            throw Bad($"{csv.FieldCount} field{(csv.FieldCount == 1 ? string.Empty : "s")} where the header has {csv.Headers.Count}");
        }
    }

    public string Text(string column) => csv.GetString(column) ?? string.Empty;

    public bool HasColumn(string column) => csv.Headers.Contains(column, StringComparer.Ordinal);

    public string Required(string column)
    {
        var value = Text(column);
        return value.Length > 0 ? value : throw Bad($"{column} is empty");
    }

    public decimal Decimal(string column)
    {
        var value = Text(column);
        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw Bad($"'{value}' is not a number of at least 0 ({column})");
    }

    public DateTime Date(string column)
        => OptionalDate(column) ?? throw Bad($"{column} is empty");

    /// <summary>A timestamp such as "2017-10-02 10:56:33", taken as UTC; null when empty.</summary>
    public DateTime? OptionalDate(string column)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            return null;
        }

        return DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw Bad($"'{value}' is not a date like 2017-10-02 10:56:33 ({column})");
    }

    public OlistFormatException Bad(string problem) => new(File, Line, problem);
}
