using System.Globalization;
using MongoDB.Bson;

namespace ShopAnalytics.Data.Import;

/// <summary>The type a CSV column is converted to, named in "--types price=decimal,when=date".</summary>
public enum CsvColumnType
{
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Date,
    ObjectId,
}

/// <summary>Converts CSV text to BSON values: by a named column type, or by recognising numbers and booleans.</summary>
public static class CsvValues
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Parses "price=decimal,when=date" (types: string, int, long, double, decimal, bool, date, objectId).</summary>
    public static Dictionary<string, CsvColumnType> ParseTypes(string? spec)
    {
        var types = new Dictionary<string, CsvColumnType>(StringComparer.Ordinal);
        foreach (var part in (spec ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !Enum.TryParse<CsvColumnType>(part[(equals + 1)..], ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                throw new FormatException($"'{part}' is not COLUMN=TYPE with a type among {string.Join(", ", Enum.GetNames<CsvColumnType>().Select(n => n.ToLowerInvariant()))}");
            }

            types[part[..equals]] = type;
        }

        return types;
    }

    /// <summary>The value of <paramref name="text"/> as <paramref name="type"/>; null with a reason when it does not convert. Empty text is null (the field is left out).</summary>
    public static BsonValue? Convert(string text, CsvColumnType type, out string? problem)
    {
        problem = null;
        if (type != CsvColumnType.String && text.Length == 0)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        BsonValue? value = type switch
        {
            CsvColumnType.String => text,
            CsvColumnType.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i) ? i : null,
            CsvColumnType.Long => long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l) ? l : null,
            CsvColumnType.Double => double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d : null,
            CsvColumnType.Decimal => decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, invariant, out var m) ? new BsonDecimal128(m) : null,
            CsvColumnType.Bool => text.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
            CsvColumnType.Date => DateTime.TryParseExact(text, DateFormats, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? new BsonDateTime(date) : null,
            CsvColumnType.ObjectId => MongoDB.Bson.ObjectId.TryParse(text, out var id) ? id : null,
            _ => null,
        };
        if (value is null)
        {
            problem = $"'{text}' is not {Describe(type)}";
        }

        return value;
    }

    /// <summary>Numbers and booleans recognised (integers as int or long, others as double); anything else stays the text.</summary>
    public static BsonValue Infer(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i))
        {
            return i;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l))
        {
            return l;
        }

        if (text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] == '.') && double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d))
        {
            return d;
        }

        return text switch
        {
            "true" => BsonBoolean.True,
            "false" => BsonBoolean.False,
            _ => text,
        };
    }

    private static string Describe(CsvColumnType type) => type switch
    {
        CsvColumnType.Int => "a 32-bit integer",
        CsvColumnType.Long => "a 64-bit integer",
        CsvColumnType.Double => "a number",
        CsvColumnType.Decimal => "a decimal number",
        CsvColumnType.Bool => "true or false",
        CsvColumnType.Date => "a date like 2017-10-02 or 2017-10-02T10:56:33Z",
        CsvColumnType.ObjectId => "an ObjectId (24 hex digits)",
        _ => type.ToString(),
    };
}
