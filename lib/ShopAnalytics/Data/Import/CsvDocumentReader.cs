using System.Globalization;
using CsvHelper;
using MongoDB.Bson;

namespace ShopAnalytics.Data.Import;

/// <summary>
/// Reads documents from a CSV import file: the header row names the fields (a dotted name such as
/// "address.city" makes an embedded document), each row is one document. Values are strings unless the
/// <see cref="FileImportOptions"/> type them. A row with the wrong number of fields or a value that does
/// not convert to its column's type is a bad row; a missing, empty or repeated header name refuses the file.
/// </summary>
public static class CsvDocumentReader
{
    public static IEnumerable<SourceDocument> Read(string path, string file, FileImportOptions options, ImportReport report, Action<long>? bytesRead = null)
    {
        var csvOptions = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.FromFile(path, csvOptions);
        csv.ReadHeader();
        var headers = csv.Headers.ToArray();
        CheckHeader(file, headers, options);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var document = ToDocument(csv, headers, options, out var problem);
            bytesRead?.Invoke(csv.ByteOffset);
            if (problem is not null)
            {
                report.Refuse(new ImportProblem(file, line, problem));
                continue;
            }

            yield return new SourceDocument(line, document);
        }
    }

    private static void CheckHeader(string file, string[] headers, FileImportOptions options)
    {
        if (headers.Length == 0 || (headers.Length == 1 && headers[0].Length == 0))
        {
            throw new ImportFormatException(file, null, "the file is empty (no header line)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (headers[i].Length == 0 || headers[i].Split('.').Any(part => part.Length == 0))
            {
                throw new ImportFormatException(file, 1, $"column {i + 1} has no name");
            }

            if (headers[i].Count(c => c == '.') >= JsonDocumentReader.MaxNesting)
            {
                throw new ImportFormatException(file, 1, $"column {i + 1} nests deeper than MongoDB's {JsonDocumentReader.MaxNesting} levels");
            }

            if (!seen.Add(headers[i]))
            {
                throw new ImportFormatException(file, 1, $"column '{headers[i]}' appears twice");
            }
        }

        var unknown = options.ColumnTypes.Keys.Where(c => !seen.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new ImportFormatException(file, 1, $"no column {string.Join(", ", unknown.Select(c => $"'{c}'"))} for the given types");
        }
    }

    private static BsonDocument ToDocument(CsvReader csv, string[] headers, FileImportOptions options, out string? problem)
    {
        problem = null;
        var document = new BsonDocument();
        if (csv.FieldCount != headers.Length)
        {
            problem = $"{csv.FieldCount} field{(csv.FieldCount == 1 ? string.Empty : "s")} where the header has {headers.Length}";
            return document;
        }

        for (var i = 0; i < headers.Length; i++)
        {
            var text = csv.GetString(i) ?? string.Empty;
            BsonValue? value;
            if (options.ColumnTypes.TryGetValue(headers[i], out var type))
            {
                value = CsvValues.Convert(text, type, out var bad);
                if (bad is not null)
                {
                    problem = $"{bad} ({headers[i]})";
                    return document;
                }
            }
            else
            {
                value = options.Typed ? CsvValues.Infer(text) : text;
            }

            if (value is not null)
            {
                Set(document, headers[i], value);
            }
        }

        return document;
    }

    private static void Set(BsonDocument document, string dotted, BsonValue value)
    {
        var parts = dotted.Split('.');
        var target = document;
        foreach (var part in parts[..^1])
        {
            if (target.GetValue(part, null) is not BsonDocument inner)
            {
                inner = new BsonDocument();
                target[part] = inner;
            }

            target = inner;
        }

        target[parts[^1]] = value;
    }
}
