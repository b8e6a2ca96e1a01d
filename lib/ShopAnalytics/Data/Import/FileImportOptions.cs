namespace ShopAnalytics.Data.Import;

/// <summary>The format of an import file.</summary>
public enum ImportFormat
{
    /// <summary>From the extension: .csv is CSV, anything else JSON.</summary>
    Auto,

    /// <summary>A JSON array of documents, or one document per line (MongoDB Extended JSON, as mongoimport reads).</summary>
    Json,

    /// <summary>A header row naming the fields, then one document per row.</summary>
    Csv,
}

/// <summary>
/// How <see cref="FileImporter"/> reads a file. CSV values are strings unless <see cref="Typed"/> asks to
/// recognise numbers and booleans, or <see cref="ColumnTypes"/> names a column's type (then a value that
/// does not convert is a bad row). Dotted header names ("address.city") make embedded documents.
/// </summary>
public sealed record FileImportOptions
{
    public ImportFormat Format { get; init; } = ImportFormat.Auto;

    /// <summary>Drop the collection before importing.</summary>
    public bool Drop { get; init; }

    /// <summary>CSV: integers become int/long, other numbers double, true/false booleans; everything else stays a string.</summary>
    public bool Typed { get; init; }

    /// <summary>CSV: a type per column (see <see cref="CsvColumnType"/>); wins over <see cref="Typed"/>.</summary>
    public IReadOnlyDictionary<string, CsvColumnType> ColumnTypes { get; init; } = new Dictionary<string, CsvColumnType>();

    /// <summary>Documents sent per insert.</summary>
    public int BatchSize { get; init; } = 1000;

    public ImportFormat FormatFor(string path)
        => Format != ImportFormat.Auto ? Format
            : string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv : ImportFormat.Json;
}

/// <summary>How far an import has got: bytes of the file read, and documents read so far.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes, long Documents);

/// <summary>A document read from an import file, with the line it starts on.</summary>
public sealed record SourceDocument(long Line, MongoDB.Bson.BsonDocument Document);
